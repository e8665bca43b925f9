using System.Collections.Immutable;
using WorkflowHall.Cli.Arguments;

namespace WorkflowHall.Cli.Simulation;

/// <summary>
/// The outcomes given with <c>--outcome STEP=OUTCOME[,OUTCOME...]</c>: each time a step's work item is
/// completed, the next outcome scripted for that step is used, in the order given.
/// </summary>
internal sealed class SimulationScript
{
    private readonly Dictionary<string, Queue<string>> _outcomes;

    private SimulationScript(Dictionary<string, Queue<string>> outcomes) => _outcomes = outcomes;

    public static SimulationScript Empty => new(new Dictionary<string, Queue<string>>(StringComparer.Ordinal));

    /// <summary>The steps the script names, so the caller can check that they exist.</summary>
    public IEnumerable<string> StepIds => _outcomes.Keys;

    /// <summary>Reads every <c>--outcome</c> value; several values for the same step are appended in order.</summary>
    public static SimulationScript Parse(IEnumerable<string> specs, out CliError? error)
    {
        error = null;
        var outcomes = new Dictionary<string, Queue<string>>(StringComparer.Ordinal);
        foreach (var spec in specs)
        {
            var equals = spec.IndexOf('=');
            var step = equals < 0 ? "" : spec[..equals].Trim();
            var list = equals < 0 ? [] : spec[(equals + 1)..].Split(',', StringSplitOptions.TrimEntries);
            if (step.Length == 0 || list.Length == 0 || list.Any(o => o.Length == 0))
            {
                error = new CliError($"--outcome 应写作 STEP=OUTCOME[,OUTCOME...]，而不是 {spec}",
                    $"--outcome must read STEP=OUTCOME[,OUTCOME...], not {spec}");
                return Empty;
            }

            if (!outcomes.TryGetValue(step, out var queue))
            {
                queue = new Queue<string>();
                outcomes.Add(step, queue);
            }

            foreach (var outcome in list) queue.Enqueue(outcome);
        }

        return new SimulationScript(outcomes);
    }

    /// <summary>Takes the next scripted outcome for the step, or null when none is left.</summary>
    public string? TakeNext(string stepId) =>
        _outcomes.TryGetValue(stepId, out var queue) && queue.TryDequeue(out var outcome) ? outcome : null;

    /// <summary>Outcomes scripted but never used, by step: usually a sign the path went elsewhere than meant.</summary>
    public ImmutableArray<(string StepId, ImmutableArray<string> Outcomes)> Unused() =>
        [.. _outcomes.Where(p => p.Value.Count > 0).Select(p => (p.Key, p.Value.ToImmutableArray()))];
}
