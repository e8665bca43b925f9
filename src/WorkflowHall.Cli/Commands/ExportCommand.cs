using WorkflowHall.Cli.Arguments;
using WorkflowHall.Cli.Definitions;
using WorkflowHall.Engine.Bpmn;

namespace WorkflowHall.Cli.Commands;

/// <summary>
/// <c>export FILE.bpmn [-o OUT.bpmn] [--process ID]</c>: writes the process back as normalised BPMN,
/// laid out when the source has no diagram. A process with problems is not written.
/// </summary>
internal sealed class ExportCommand : ICliCommand
{
    public string Name => "export";

    public IReadOnlyList<OptionSpec> Options { get; } = [OptionSpec.Single("output", 'o'), OptionSpec.Single("process")];

    public IReadOnlyList<ArgumentSpec> Arguments { get; } = [ArgumentSpec.BpmnFile];

    public async Task<int> RunAsync(ParsedArguments arguments, CliContext context, CancellationToken cancellationToken)
    {
        var file = arguments.Positionals[0];
        var loaded = DefinitionFile.Load(file, context.FullPath(file), arguments.Value("process"));
        if (loaded.Status != DefinitionStatus.Valid)
        {
            // Problems go to the error stream: standard output may be the BPMN a script is piping on.
            ProblemPrinter.Write(context.Error, loaded);
            return ValidateCommand.ExitCodeOf(loaded.Status);
        }

        var xml = BpmnWriter.Write(loaded.Definition!);
        if (arguments.Value("output") is not { } output)
        {
            await context.Output.WriteLineAsync(xml.AsMemory(), cancellationToken);
            return ExitCodes.Success;
        }

        try
        {
            await File.WriteAllTextAsync(context.FullPath(output), xml, cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            context.Error.WriteLine($"无法写入 {output}：{e.Message}");
            context.Error.WriteLine($"Cannot write {output}: {e.Message}");
            return ExitCodes.Unusable;
        }

        context.Output.WriteLine($"已导出 / exported: {loaded.Definition!.Key} → {output}");
        return ExitCodes.Success;
    }
}
