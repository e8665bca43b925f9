using System.Collections.Immutable;
using System.Xml.Linq;
using WorkflowHall.Engine.Validation;

namespace WorkflowHall.Engine.Bpmn.Import;

/// <summary>
/// What an element carries besides its BPMN meaning: documentation, and attributes and extension
/// elements of other tools, kept verbatim so an export gives them back.
/// </summary>
internal static class ForeignContent
{
    private static readonly XNamespace Model = BpmnNamespaces.Model;
    private static readonly XNamespace Hall = BpmnNamespaces.Hall;

    /// <summary>The text of the element's <c>documentation</c> children, trimmed; null when there is none.</summary>
    public static string? Documentation(XElement element)
    {
        var texts = element.Elements(Model + "documentation")
            .Select(d => d.Value.Trim())
            .Where(t => t.Length > 0)
            .ToList();
        return texts.Count == 0 ? null : string.Join("\n", texts);
    }

    /// <summary>Attributes in foreign namespaces, except those the reader has interpreted.</summary>
    public static ImmutableArray<ForeignAttribute> Attributes(XElement element, Func<XAttribute, bool> interpreted)
    {
        var builder = ImmutableArray.CreateBuilder<ForeignAttribute>();
        foreach (var attribute in element.Attributes())
        {
            var ns = attribute.Name.Namespace;
            if (attribute.IsNamespaceDeclaration || ns == XNamespace.None || ns == Model || ns == Hall || interpreted(attribute))
            {
                continue;
            }

            builder.Add(new ForeignAttribute(ns.NamespaceName, attribute.Name.LocalName, attribute.Value));
        }

        return builder.ToImmutable();
    }

    /// <summary>
    /// The raw XML of each extension element the engine does not interpret. Elements of the hall
    /// namespace that <paramref name="interpreted"/> does not claim are reported, not kept.
    /// </summary>
    public static ImmutableArray<string> ExtensionElements(XElement element, Func<XElement, bool> interpreted, ImportContext context)
    {
        var builder = ImmutableArray.CreateBuilder<string>();
        foreach (var child in element.Elements(Model + "extensionElements").Elements())
        {
            if (child.Name.Namespace == Hall)
            {
                if (!interpreted(child))
                {
                    context.Report(element, ProblemCode.InvalidHallSetting,
                        $"未知的大厅扩展元素 hall:{child.Name.LocalName}（第 {ImportContext.LineOf(child)} 行）",
                        $"Unknown hall extension element hall:{child.Name.LocalName} (line {ImportContext.LineOf(child)})");
                }

                continue;
            }

            builder.Add(child.ToString(SaveOptions.DisableFormatting));
        }

        return builder.ToImmutable();
    }
}
