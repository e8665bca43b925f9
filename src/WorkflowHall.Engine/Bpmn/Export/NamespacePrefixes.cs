using System.Xml.Linq;

namespace WorkflowHall.Engine.Bpmn.Export;

/// <summary>
/// Declares, on the root of an export, the prefixes people expect (<c>bpmn</c>, <c>bpmndi</c>,
/// <c>dc</c>, <c>di</c>, <c>xsi</c>, and <c>hall</c>, <c>camunda</c> and other tools' prefixes where used).
/// </summary>
internal static class NamespacePrefixes
{
    private static readonly Dictionary<string, string> Known = new()
    {
        [BpmnNamespaces.Model] = "bpmn",
        [BpmnNamespaces.Di] = "bpmndi",
        [BpmnNamespaces.Dc] = "dc",
        [BpmnNamespaces.DiCommon] = "di",
        [BpmnNamespaces.Xsi] = "xsi",
        [BpmnNamespaces.Hall] = "hall",
        [BpmnNamespaces.Camunda] = "camunda",
        [BpmnNamespaces.Flowable] = "flowable",
        [BpmnNamespaces.Activiti] = "activiti",
        ["http://camunda.org/schema/zeebe/1.0"] = "zeebe",
        ["http://camunda.org/schema/modeler/1.0"] = "modeler",
        ["http://www.signavio.com"] = "signavio",
    };

    private static readonly string[] Always = [BpmnNamespaces.Model, BpmnNamespaces.Di, BpmnNamespaces.Dc, BpmnNamespaces.DiCommon, BpmnNamespaces.Xsi];

    /// <param name="hints">Prefixes the source file used (namespace URI → prefix), tried before numbered ones.</param>
    public static void Declare(XElement root, IReadOnlyDictionary<string, string> hints)
    {
        var used = new List<string>();
        Collect(root, [], used);

        var taken = new HashSet<string>();
        var other = 0;
        foreach (var uri in Always.Concat(used.Where(u => !Always.Contains(u)).OrderBy(u => Known.ContainsKey(u) ? 0 : 1)))
        {
            var prefix = Known.TryGetValue(uri, out var known) && !taken.Contains(known) ? known
                : hints.TryGetValue(uri, out var hint) && IsUsable(hint) && !taken.Contains(hint) && !Known.ContainsValue(hint) ? hint
                : $"ns{++other}";
            taken.Add(prefix);
            root.Add(new XAttribute(XNamespace.Xmlns + prefix, uri));
        }
    }

    /// <summary>
    /// Namespaces used by the tree that nothing inside it declares. Kept foreign extension elements
    /// carry their own declarations, so their namespaces need none on the root.
    /// </summary>
    private static void Collect(XElement element, HashSet<string> declared, List<string> used)
    {
        var inScope = new HashSet<string>(declared);
        inScope.UnionWith(element.Attributes().Where(a => a.IsNamespaceDeclaration).Select(a => a.Value));
        var names = element.Attributes().Where(a => !a.IsNamespaceDeclaration).Select(a => a.Name.Namespace).Append(element.Name.Namespace);
        foreach (var ns in names)
        {
            if (ns != XNamespace.None && ns != XNamespace.Xml && !inScope.Contains(ns.NamespaceName) && !used.Contains(ns.NamespaceName))
            {
                used.Add(ns.NamespaceName);
            }
        }

        foreach (var child in element.Elements())
        {
            Collect(child, inScope, used);
        }
    }

    private static bool IsUsable(string prefix) =>
        !prefix.StartsWith("xml", StringComparison.OrdinalIgnoreCase) && !prefix.StartsWith("ns", StringComparison.Ordinal);
}
