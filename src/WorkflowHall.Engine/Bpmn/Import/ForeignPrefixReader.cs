using System.Collections.Immutable;
using System.Xml.Linq;

namespace WorkflowHall.Engine.Bpmn.Import;

/// <summary>Finds the prefix a file bound to each namespace used by kept foreign attributes.</summary>
internal static class ForeignPrefixReader
{
    public static ImmutableDictionary<string, string> Read(XElement definitions, IEnumerable<ForeignAttribute> attributes)
    {
        var wanted = attributes.Select(a => a.NamespaceUri).ToHashSet();
        var prefixes = ImmutableDictionary.CreateBuilder<string, string>();
        foreach (var declaration in definitions.DescendantsAndSelf().SelectMany(e => e.Attributes()).Where(a => a.IsNamespaceDeclaration))
        {
            if (declaration.Name.Namespace == XNamespace.Xmlns && wanted.Contains(declaration.Value) && !prefixes.ContainsKey(declaration.Value))
            {
                prefixes[declaration.Value] = declaration.Name.LocalName;
            }
        }

        return prefixes.ToImmutable();
    }
}
