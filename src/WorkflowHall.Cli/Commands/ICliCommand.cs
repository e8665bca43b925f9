using WorkflowHall.Cli.Arguments;

namespace WorkflowHall.Cli.Commands;

/// <summary>
/// One verb of the command line: a word (<c>validate</c>) or a group and a word (<c>calendar add</c>),
/// the options it accepts and the positional arguments it takes, all of them and no more.
/// </summary>
internal interface ICliCommand
{
    /// <summary>The words that call it, space-separated: <c>"validate"</c>, <c>"calendar add"</c>.</summary>
    string Name { get; }

    IReadOnlyList<OptionSpec> Options { get; }

    IReadOnlyList<ArgumentSpec> Arguments { get; }

    /// <summary>Runs the command with its checked arguments and returns the process exit code (see <see cref="ExitCodes"/>).</summary>
    Task<int> RunAsync(ParsedArguments arguments, CliContext context, CancellationToken cancellationToken);
}
