using WorkflowHall.Cli.Arguments;

namespace WorkflowHall.Cli.Commands;

/// <summary>One verb of the command line (<c>validate</c>, <c>export</c>, <c>simulate</c>); each works on one BPMN file.</summary>
internal interface ICliCommand
{
    string Name { get; }

    IReadOnlyList<OptionSpec> Options { get; }

    /// <summary>Runs the command on <paramref name="file"/> and returns the process exit code (see <see cref="ExitCodes"/>).</summary>
    Task<int> RunAsync(string file, ParsedArguments arguments, CliContext context, CancellationToken cancellationToken);
}
