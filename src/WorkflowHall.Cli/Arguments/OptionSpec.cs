namespace WorkflowHall.Cli.Arguments;

/// <summary>An option a command accepts: its long name (without dashes), arity and an optional one-letter alias.</summary>
internal sealed record OptionSpec(string Name, OptionArity Arity, char? ShortName = null)
{
    public static OptionSpec Flag(string name) => new(name, OptionArity.Flag);

    public static OptionSpec Single(string name, char? shortName = null) => new(name, OptionArity.Single, shortName);

    public static OptionSpec Repeated(string name) => new(name, OptionArity.Repeated);
}
