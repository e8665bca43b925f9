using System.Xml.Linq;

namespace WorkflowHall.Engine.Bpmn.Import;

/// <summary>
/// Reads one flow node element into the model, or refuses it with the reason. Containers are
/// walked even when refused, so every unsupported element inside them is named too.
/// </summary>
internal static class FlowNodeReader
{
    private static readonly XNamespace Model = BpmnNamespaces.Model;

    public static void Read(XElement element, string? parentId, ImportContext context)
    {
        var kind = element.Name.LocalName;
        var id = ImportContext.IdOf(element);
        if (id.Length == 0)
        {
            context.Refuse(MissingId.For(element));
            return;
        }

        var node = IsRunnableActivity(element, context) ? Create(element, id, parentId, context) : null;
        if (node is not null)
        {
            context.Nodes.Add(Decorate(node, element, context));
        }

        if (kind is "subProcess" or "transaction" or "adHocSubProcess")
        {
            ScopeReader.Read(element, id, context);
        }
    }

    private static FlowNode? Create(XElement element, string id, string? parentId, ImportContext context)
    {
        var name = ImportContext.NameOf(element);
        switch (element.Name.LocalName)
        {
            case "startEvent" or "endEvent" or "intermediateCatchEvent" or "boundaryEvent":
                HallAttributeReader.RejectOthers(element, context);
                return EventReader.Read(element, id, parentId, context);
            case "userTask":
                return ReadUserTask(element, id, name, parentId, context);
            case "serviceTask":
                HallAttributeReader.RejectOthers(element, context, "handler");
                return new ServiceTask(id, name, parentId, ServiceHandlerReader.Read(element).Handler);
            case "task" or "manualTask":
                HallAttributeReader.RejectOthers(element, context);
                return new PassThroughTask(id, name, parentId, element.Name.LocalName);
            case "exclusiveGateway":
                HallAttributeReader.RejectOthers(element, context);
                return new ExclusiveGateway(id, name, parentId);
            case "parallelGateway":
                HallAttributeReader.RejectOthers(element, context);
                return new ParallelGateway(id, name, parentId);
            case "inclusiveGateway":
                HallAttributeReader.RejectOthers(element, context);
                return new InclusiveGateway(id, name, parentId);
            case "subProcess" when IsTrue(element, "triggeredByEvent"):
                context.Refuse(UnsupportedConstruct.EventSubProcess(element));
                return null;
            case "subProcess":
                HallAttributeReader.RejectOthers(element, context);
                return new SubProcess(id, name, parentId);
            default:
                context.Refuse(UnsupportedConstruct.Element(element));
                return null;
        }
    }

    private static UserTask ReadUserTask(XElement element, string id, string? name, string? parentId, ImportContext context)
    {
        var loop = element.Element(Model + "multiInstanceLoopCharacteristics");
        return new UserTask(id, name, parentId)
        {
            Assignment = TaskAssignmentReader.Read(element),
            Hall = HallAttributeReader.ReadStep(element, context),
            MultiInstance = loop is null ? null : MultiInstanceReader.Read(loop),
        };
    }

    /// <summary>Refuses loop and compensation markers the engine does not run; true when there is none.</summary>
    private static bool IsRunnableActivity(XElement element, ImportContext context)
    {
        var runnable = true;
        if (element.Element(Model + "standardLoopCharacteristics") is not null)
        {
            context.Refuse(UnsupportedConstruct.StandardLoop(element));
            runnable = false;
        }

        if (element.Element(Model + "multiInstanceLoopCharacteristics") is not null && element.Name.LocalName != "userTask")
        {
            context.Refuse(UnsupportedConstruct.MultiInstance(element));
            runnable = false;
        }

        if (IsTrue(element, "isForCompensation"))
        {
            context.Refuse(UnsupportedConstruct.Compensation(element));
            runnable = false;
        }

        return runnable;
    }

    /// <summary>Adds what every node may carry: default flow, documentation, foreign content.</summary>
    private static FlowNode Decorate(FlowNode node, XElement element, ImportContext context)
    {
        // The attribute a service task's handler was taken from is interpreted, not foreign.
        var handlerSource = node is ServiceTask ? ServiceHandlerReader.Read(element).Source : null;
        return node with
        {
            DefaultFlowId = VendorAttributes.NullIfBlank((string?)element.Attribute("default")),
            Documentation = ForeignContent.Documentation(element),
            ForeignExtensions = ForeignContent.ExtensionElements(element, _ => false, context),
            ForeignAttributes = ForeignContent.Attributes(element, attribute =>
                attribute == handlerSource || (node is UserTask && TaskAssignmentReader.Interprets(attribute))),
        };
    }

    private static bool IsTrue(XElement element, string attribute) =>
        string.Equals(((string?)element.Attribute(attribute))?.Trim(), "true", StringComparison.OrdinalIgnoreCase);
}
