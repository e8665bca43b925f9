using System.Diagnostics;
using WorkflowHall.Engine.Bpmn;
using WorkflowHall.Engine.Execution;
using WorkflowHall.Engine.Execution.Commands;
using WorkflowHall.Engine.Variables;
using WorkflowHall.Engine.Time;

namespace WorkflowHall.Engine.Bench;

/// <summary>Drives cases of the standard process through <see cref="ProcessEngine.Step"/>, one state per case, as a shell would.</summary>
internal sealed class StandardCaseRunner
{
    private static readonly (string Step, string Outcome)[] HappyPath = [("accept", "accept"), ("review", "review"), ("approve", "approve"), ("issue", "issue")];
    private readonly ProcessDefinition _definition;

    public StandardCaseRunner(string bpmn)
    {
        var import = BpmnReader.Read(bpmn);
        _definition = import.Definition ?? throw new InvalidOperationException(string.Join("; ", import.Problems));
    }

    public Result Run(int cases)
    {
        var start = new StartInstance("applicant") { Variables = VariableMap.From([KeyValuePair.Create("applicant", (object?)"440106199001011234")]) };
        var now = new DateTimeOffset(2026, 12, 1, 9, 0, 0, HallTime.Offset);
        long events = 0;
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < cases; i++)
        {
            var state = InstanceState.New("case-" + i, _definition.Key, 1);
            state = Accept(ProcessEngine.Step(_definition, state, start, now), ref events);
            foreach (var (_, outcome) in HappyPath)
            {
                var item = state.WorkItems[0];
                state = Accept(ProcessEngine.Step(_definition, state, new CompleteWorkItem("clerk", item.Id) { Outcome = outcome }, now), ref events);
            }
            if (state.Status != InstanceStatus.Completed || state.EndNodeId != "closed")
            {
                throw new InvalidOperationException($"case {i} ended {state.Status} at {state.EndNodeId}");
            }
        }
        watch.Stop();
        return new Result(cases, watch.Elapsed.TotalSeconds, (double)events / cases);
    }

    private static InstanceState Accept(StepResult result, ref long events)
    {
        if (!result.IsAccepted) throw new InvalidOperationException(result.Rejection!.ToString());
        events += result.Events.Length;
        return result.State;
    }

    public readonly record struct Result(int Cases, double Seconds, double TrailEventsPerCase)
    {
        public double CasesPerSecond => Cases / Seconds;
        public double CompletionsPerSecond => Cases * HappyPath.Length / Seconds;
    }
}
