using System.Collections.Immutable;

namespace WorkflowHall.Cli.Arguments;

/// <summary>A command's arguments after parsing: positional values in order, and option values by long name.</summary>
internal sealed class ParsedArguments(ImmutableArray<string> positionals, ImmutableDictionary<string, ImmutableArray<string>> options)
{
    public ImmutableArray<string> Positionals { get; } = positionals;

    /// <summary>Whether the option (flag or valued) was given at all.</summary>
    public bool Has(string name) => options.ContainsKey(name);

    /// <summary>The value of a single-valued option, or null when it was not given.</summary>
    public string? Value(string name) => options.TryGetValue(name, out var values) ? values[^1] : null;

    /// <summary>Every value of a repeated option, in the order given.</summary>
    public ImmutableArray<string> Values(string name) => options.TryGetValue(name, out var values) ? values : [];
}
