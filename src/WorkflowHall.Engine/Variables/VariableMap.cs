using System.Collections.Immutable;

namespace WorkflowHall.Engine.Variables;

/// <summary>
/// Process variables: an ordinal-sorted immutable map, so that every serialisation (trail hashes,
/// state fingerprints) is canonical. Values are null, bool, decimal, string, lists and maps.
/// </summary>
public static class VariableMap
{
    public static readonly ImmutableSortedDictionary<string, object?> Empty =
        ImmutableSortedDictionary.Create<string, object?>(StringComparer.Ordinal);

    public static ImmutableSortedDictionary<string, object?> From(IEnumerable<KeyValuePair<string, object?>>? values)
    {
        var builder = Empty.ToBuilder();
        if (values is not null)
        {
            foreach (var (name, value) in values)
            {
                builder[name] = VariableValue.Normalize(value);
            }
        }
        return builder.ToImmutable();
    }
}
