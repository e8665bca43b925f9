using System.Xml.Linq;

namespace WorkflowHall.Engine.Bpmn.Import;

/// <summary>
/// Which handler runs a service task: <c>hall:handler</c>, else the first of the vendor attributes
/// <c>class</c>, <c>delegateExpression</c>, <c>expression</c>, <c>topic</c>, <c>type</c>. The topic
/// comes before the type because Camunda external tasks say <c>type="external"</c> and name the
/// work in <c>topic</c>.
/// </summary>
internal static class ServiceHandlerReader
{
    private static readonly string[] VendorNames = ["class", "delegateExpression", "expression", "topic", "type"];

    /// <summary>The handler and the attribute it came from (that attribute is interpreted, not foreign).</summary>
    public static (string? Handler, XAttribute? Source) Read(XElement serviceTask)
    {
        var hall = serviceTask.Attribute(XNamespace.Get(BpmnNamespaces.Hall) + "handler");
        if (!string.IsNullOrWhiteSpace(hall?.Value))
        {
            return (hall.Value.Trim(), hall);
        }

        foreach (var name in VendorNames)
        {
            var attribute = VendorAttributes.Find(serviceTask, name);
            if (!string.IsNullOrWhiteSpace(attribute?.Value))
            {
                return (attribute.Value.Trim(), attribute);
            }
        }

        return (null, null);
    }
}
