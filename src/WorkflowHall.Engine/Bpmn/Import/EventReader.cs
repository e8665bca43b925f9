using System.Xml.Linq;

namespace WorkflowHall.Engine.Bpmn.Import;

/// <summary>
/// Reads the events the engine runs: none start, none and terminate end, timer catch and timer
/// boundary. Any other event definition refuses the element.
/// </summary>
internal static class EventReader
{
    public static FlowNode? Read(XElement element, string id, string? parentId, ImportContext context)
    {
        var name = ImportContext.NameOf(element);
        var definitions = element.Elements().Where(BpmnElementNames.IsEventDefinition).ToList();
        var single = definitions.Count == 1 ? definitions[0].Name.LocalName : null;
        FlowNode? node = element.Name.LocalName switch
        {
            "startEvent" when definitions.Count == 0 => new StartEvent(id, name, parentId),
            "endEvent" when definitions.Count == 0 => new EndEvent(id, name, parentId, Terminate: false),
            "endEvent" when single == "terminateEventDefinition" => new EndEvent(id, name, parentId, Terminate: true),
            "intermediateCatchEvent" when single == "timerEventDefinition" =>
                new TimerCatchEvent(id, name, parentId, TimerReader.Read(definitions[0], element, context)),
            "boundaryEvent" when single == "timerEventDefinition" =>
                new TimerBoundaryEvent(id, name, parentId, ((string?)element.Attribute("attachedToRef"))?.Trim() ?? "",
                    CancelActivity: !string.Equals(((string?)element.Attribute("cancelActivity"))?.Trim(), "false", StringComparison.OrdinalIgnoreCase),
                    TimerReader.Read(definitions[0], element, context)),
            _ => null,
        };

        if (node is null)
        {
            context.Refuse(UnsupportedConstruct.Event(element, definitions));
        }

        return node;
    }
}
