using System.Collections.Immutable;
using System.Xml;
using System.Xml.Linq;
using WorkflowHall.Engine.Bpmn.Import;
using static WorkflowHall.Engine.Bpmn.Export.ExportNames;

namespace WorkflowHall.Engine.Bpmn.Export;

/// <summary>
/// Writes the semantic part of a definition: the <c>process</c> with its nodes (sub-process
/// children nested), flows, settings and the foreign content the import kept.
/// </summary>
internal sealed class ProcessElementWriter(ProcessDefinition definition)
{
    private readonly ProcessGraph _graph = definition.Graph;
    private readonly HashSet<string> _subProcesses = definition.Nodes.OfType<SubProcess>().Select(s => s.Id).ToHashSet();

    public XElement Write()
    {
        var process = new XElement(Model + "process",
            new XAttribute("id", definition.Key),
            definition.Name is null ? null : new XAttribute("name", definition.Name),
            new XAttribute("isExecutable", definition.IsExecutable ? "true" : "false"));
        AddForeignAttributes(process, definition.ForeignAttributes);
        process.Add(Documentation(definition.Documentation));
        process.Add(ExtensionElements(Variables(), definition.ForeignExtensions));
        process.Add(Scope(null));
        return process;
    }

    /// <summary>The nodes then the flows of one scope; nodes of an unknown scope are written at process level.</summary>
    private IEnumerable<XElement> Scope(string? scopeId)
    {
        var nodes = definition.Nodes.Where(n => ScopeOf(n.ParentId) == scopeId).Select(Node);
        var flows = definition.Flows.Where(f => ScopeOf(f.ParentId) == scopeId).Select(Flow);
        return [.. nodes, .. flows];
    }

    private string? ScopeOf(string? parentId) => parentId is not null && _subProcesses.Contains(parentId) ? parentId : null;

    private XElement Node(FlowNode node)
    {
        var element = new XElement(Model + node.Kind, new XAttribute("id", node.Id), node.Name is null ? null : new XAttribute("name", node.Name));
        if (node.DefaultFlowId is not null)
        {
            element.SetAttributeValue("default", node.DefaultFlowId);
        }

        switch (node)
        {
            case UserTask task:
                element.Add(StepAttributeWriter.Assignment(task.Assignment), StepAttributeWriter.Hall(task.Hall));
                break;
            case ServiceTask { Handler: { } handler } when !string.IsNullOrWhiteSpace(handler):
                element.SetAttributeValue(Hall + "handler", handler);
                break;
            case TimerBoundaryEvent boundary:
                element.SetAttributeValue("attachedToRef", boundary.AttachedToId);
                if (!boundary.CancelActivity)
                {
                    element.SetAttributeValue("cancelActivity", "false");
                }

                break;
        }

        AddForeignAttributes(element, node.ForeignAttributes);
        element.Add(Documentation(node.Documentation));
        element.Add(ExtensionElements([], node.ForeignExtensions));
        element.Add(_graph.Incoming(node.Id).Select(f => new XElement(Model + "incoming", f.Id)));
        element.Add(_graph.Outgoing(node.Id).Select(f => new XElement(Model + "outgoing", f.Id)));
        element.Add(node switch
        {
            UserTask { MultiInstance: { } multiInstance } => StepAttributeWriter.MultiInstance(multiInstance),
            EndEvent { Terminate: true } => new XElement(Model + "terminateEventDefinition"),
            TimerCatchEvent catchEvent => Timer(catchEvent.Timer),
            TimerBoundaryEvent boundary => Timer(boundary.Timer),
            _ => null,
        });
        if (node is SubProcess)
        {
            element.Add(Scope(node.Id));
        }

        return element;
    }

    private static XElement Flow(SequenceFlow flow) => new(Model + "sequenceFlow",
        new XAttribute("id", flow.Id),
        flow.Name is null ? null : new XAttribute("name", flow.Name),
        new XAttribute("sourceRef", flow.SourceId),
        new XAttribute("targetRef", flow.TargetId),
        flow.Condition is null ? null : FormalExpression(Model + "conditionExpression", flow.Condition));

    private static XElement Timer(TimerDefinition timer)
    {
        var name = timer.Kind switch
        {
            TimerKind.Date => "timeDate",
            TimerKind.Cycle => "timeCycle",
            _ => "timeDuration",
        };
        // An empty expression is still written in its element, so its kind survives a round trip.
        return new XElement(Model + "timerEventDefinition", FormalExpression(Model + name, timer.Expression));
    }

    private IEnumerable<XElement> Variables()
    {
        if (definition.Variables.IsDefaultOrEmpty)
        {
            return [];
        }

        return [new XElement(Hall + "variables", definition.Variables.Select(v => new XElement(Hall + "variable",
            new XAttribute("name", v.Name), new XAttribute("type", HallSettingNames.Name(HallSettingNames.VariableTypes, v.Type)))))];
    }

    private static XElement? Documentation(string? text) => text is null ? null : new XElement(Model + "documentation", text);

    private static XElement? ExtensionElements(IEnumerable<XElement> own, ImmutableArray<string> foreign)
    {
        var children = own.Concat(foreign.IsDefault ? [] : foreign.Select(Parse)).ToList();
        return children.Count == 0 ? null : new XElement(Model + "extensionElements", children);
    }

    /// <summary>Foreign attributes never override what the writer set itself.</summary>
    private static void AddForeignAttributes(XElement element, ImmutableArray<ForeignAttribute> attributes)
    {
        foreach (var attribute in attributes.IsDefault ? [] : attributes)
        {
            var name = XNamespace.Get(attribute.NamespaceUri) + attribute.LocalName;
            if (element.Attribute(name) is null)
            {
                element.SetAttributeValue(name, attribute.Value);
            }
        }
    }

    private static XElement Parse(string xml)
    {
        using var reader = XmlReader.Create(new StringReader(xml), SecureXmlLoader.Settings(BpmnReader.MaxDocumentSize));
        return XElement.Load(reader);
    }
}
