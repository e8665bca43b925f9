using WorkflowHall.Cli.Arguments;
using WorkflowHall.Cli.Calendars;
using WorkflowHall.Cli.Definitions;
using WorkflowHall.Cli.Simulation;
using WorkflowHall.Engine.Bpmn;

namespace WorkflowHall.Cli.Commands;

/// <summary>
/// <c>simulate FILE.bpmn [--outcome STEP=OUTCOME,...]... [--var NAME=VALUE]... [--start TIME]
/// [--step-duration DURATION] [--calendar DIR] [--max-steps N] [--process ID]</c>: runs the process in
/// memory and prints the path it takes, with each step's due date.
/// </summary>
internal sealed class SimulateCommand : ICliCommand
{
    public string Name => "simulate";

    public IReadOnlyList<OptionSpec> Options { get; } =
    [
        OptionSpec.Repeated("outcome"),
        OptionSpec.Repeated("var"),
        OptionSpec.Single("start"),
        OptionSpec.Single("step-duration"),
        OptionSpec.Single("calendar"),
        OptionSpec.Single("max-steps"),
        OptionSpec.Single("process"),
    ];

    public IReadOnlyList<ArgumentSpec> Arguments { get; } = [ArgumentSpec.BpmnFile];

    public async Task<int> RunAsync(ParsedArguments arguments, CliContext context, CancellationToken cancellationToken)
    {
        var file = arguments.Positionals[0];
        var script = SimulationScript.Parse(arguments.Values("outcome"), out var error);
        var variables = SimulationVariables.Parse(arguments.Values("var"), out var variableError);
        var settings = SimulationSettings.Read(arguments, out var settingsError);
        if ((error ?? variableError ?? settingsError) is { } argumentError) return Refuse(context, argumentError);

        var loaded = DefinitionFile.Load(file, context.FullPath(file), arguments.Value("process"));
        if (loaded.Status != DefinitionStatus.Valid)
        {
            ProblemPrinter.Write(context.Error, loaded);
            return ExitCodes.Unusable;
        }

        var definition = loaded.Definition!;
        if (UnknownStep(script, definition) is { } unknown)
        {
            return Refuse(context, new CliError($"--outcome 指定的步骤 {unknown} 不是流程中的用户任务",
                $"--outcome names {unknown}, which is not a user task of the process"));
        }

        var calendar = CalendarLocator.Locate(arguments.Value("calendar"), context, out var calendarError);
        if (calendarError is not null) return Refuse(context, calendarError);

        var log = new SimulationLog(context.Output);
        log.Header(definition, calendar!, settings!, variables, Simulator.HandlerNames(definition));
        return await new Simulator(definition, calendar!, settings!, script, log).RunAsync(variables, cancellationToken);
    }

    private static string? UnknownStep(SimulationScript script, ProcessDefinition definition) =>
        script.StepIds.FirstOrDefault(id => !definition.Graph.TryGetNode(id, out var node) || node is not UserTask);

    private static int Refuse(CliContext context, CliError error)
    {
        context.Error.WriteLine($"workflowhall simulate: {error}");
        return ExitCodes.Unusable;
    }
}
