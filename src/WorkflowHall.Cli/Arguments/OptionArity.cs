namespace WorkflowHall.Cli.Arguments;

/// <summary>How many values an option takes and how often it may be given.</summary>
internal enum OptionArity
{
    /// <summary>A switch without value, such as <c>--json</c>.</summary>
    Flag,
    /// <summary>One value, at most once, such as <c>--process ID</c>.</summary>
    Single,
    /// <summary>One value each time, as often as wanted, such as <c>--var NAME=VALUE</c>.</summary>
    Repeated,
}
