using System.Collections.Immutable;
using System.Xml.Linq;

namespace WorkflowHall.Engine.Bpmn.Import;

/// <summary>Attributes Camunda, Flowable and Activiti put on BPMN elements, looked up in that order.</summary>
internal static class VendorAttributes
{
    public static XAttribute? Find(XElement element, string localName)
    {
        foreach (var ns in BpmnNamespaces.VendorNamespaces)
        {
            var attribute = element.Attribute(XNamespace.Get(ns) + localName);
            if (attribute is not null)
            {
                return attribute;
            }
        }

        return null;
    }

    public static string? Value(XElement element, string localName) => NullIfBlank(Find(element, localName)?.Value);

    public static bool IsVendor(XAttribute attribute) => BpmnNamespaces.VendorNamespaces.Contains(attribute.Name.NamespaceName);

    /// <summary>A comma list, items trimmed, blanks dropped.</summary>
    public static ImmutableArray<string> CommaList(string? value) =>
        value is null ? [] : [.. value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];

    public static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
