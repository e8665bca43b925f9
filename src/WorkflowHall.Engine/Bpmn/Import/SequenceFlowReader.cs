using System.Xml.Linq;
using WorkflowHall.Engine.Validation;

namespace WorkflowHall.Engine.Bpmn.Import;

internal static class SequenceFlowReader
{
    private static readonly XNamespace Model = BpmnNamespaces.Model;

    public static void Read(XElement element, string? scopeId, ImportContext context)
    {
        var id = ImportContext.IdOf(element);
        if (id.Length == 0)
        {
            context.Refuse(MissingId.For(element));
            return;
        }

        context.Flows.Add(new SequenceFlow(id, Ref(element, "sourceRef"), Ref(element, "targetRef"), scopeId)
        {
            Name = ImportContext.NameOf(element),
            Condition = VendorAttributes.NullIfBlank(element.Element(Model + "conditionExpression")?.Value),
        });
    }

    private static string Ref(XElement element, string attribute) => ((string?)element.Attribute(attribute))?.Trim() ?? "";
}
