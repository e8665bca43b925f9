using WorkflowHall.Cli.Arguments;
using WorkflowHall.Cli.Definitions;

namespace WorkflowHall.Cli.Commands;

/// <summary><c>validate FILE.bpmn [--process ID] [--json]</c>: says whether the process is valid, and if not, everything wrong with it.</summary>
internal sealed class ValidateCommand : ICliCommand
{
    public string Name => "validate";

    public IReadOnlyList<OptionSpec> Options { get; } = [OptionSpec.Single("process"), OptionSpec.Flag("json")];

    public IReadOnlyList<ArgumentSpec> Arguments { get; } = [ArgumentSpec.BpmnFile];

    public Task<int> RunAsync(ParsedArguments arguments, CliContext context, CancellationToken cancellationToken)
    {
        var file = arguments.Positionals[0];
        var loaded = DefinitionFile.Load(file, context.FullPath(file), arguments.Value("process"));
        if (arguments.Has("json"))
        {
            ValidationJson.Write(context.Output, loaded);
        }
        else if (loaded.Status == DefinitionStatus.Valid)
        {
            var definition = loaded.Definition!;
            context.Output.WriteLine($"有效 / valid: {loaded.File}");
            context.Output.WriteLine($"  流程 / process: {definition.Key}{(definition.Name is { } name ? $" — {name}" : "")}");
            context.Output.WriteLine($"  节点 / nodes: {definition.Nodes.Length}，连线 / flows: {definition.Flows.Length}");
        }
        else
        {
            ProblemPrinter.Write(context.Output, loaded);
        }

        return Task.FromResult(ExitCodeOf(loaded.Status));
    }

    public static int ExitCodeOf(DefinitionStatus status) => status switch
    {
        DefinitionStatus.Valid => ExitCodes.Success,
        DefinitionStatus.Invalid => ExitCodes.Problems,
        _ => ExitCodes.Unusable,
    };
}
