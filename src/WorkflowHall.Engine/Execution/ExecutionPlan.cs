using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using WorkflowHall.Engine.Bpmn;
using WorkflowHall.Engine.Expressions;
using WorkflowHall.Engine.Time;

namespace WorkflowHall.Engine.Execution;

/// <summary>
/// What the step function derives from a definition once and reuses for every instance: parsed
/// conditions, parsed timers and reachability between nodes. Deterministic, so sharing it between
/// threads changes nothing but speed.
/// </summary>
internal sealed class ExecutionPlan
{
    private static readonly ConditionalWeakTable<ProcessDefinition, ExecutionPlan> Plans = new();

    private readonly ProcessDefinition _definition;
    private readonly ConcurrentDictionary<string, Expression> _expressions = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, TimerSchedule> _timers = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string From, string To), bool> _reach = new();

    private ExecutionPlan(ProcessDefinition definition) => _definition = definition;

    public static ExecutionPlan For(ProcessDefinition definition) => Plans.GetValue(definition, d => new ExecutionPlan(d));

    public Expression Expression(string text, string elementId) => _expressions.GetOrAdd(text, static (t, id) =>
    {
        if (Expressions.Expression.TryParse(t, out var parsed, out var error)) return parsed!;
        throw new ExecutionFailure(id,
            $"元素 \"{id}\" 的表达式无法解析：{error!.MessageZh}",
            $"The expression of element \"{id}\" cannot be parsed: {error.MessageEn}");
    }, elementId);

    public TimerSchedule Timer(string nodeId, TimerDefinition definition) => _timers.GetOrAdd(nodeId, static (id, def) =>
    {
        if (TimerSchedule.TryParse(def, out var schedule, out var zh, out var en)) return schedule!;
        throw new ExecutionFailure(id, $"计时器 \"{id}\" 无效：{zh}", $"Timer \"{id}\" is invalid: {en}");
    }, definition);

    /// <summary>
    /// Whether a token resting at <paramref name="from"/> can still arrive at <paramref name="to"/>,
    /// following sequence flows and the outgoing flows of boundary events, without passing through
    /// <paramref name="to"/> itself.
    /// </summary>
    public bool CanReach(string from, string to) => _reach.GetOrAdd((from, to), static (key, graph) =>
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { key.From };
        var pending = new Stack<string>();
        pending.Push(key.From);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            foreach (var next in Successors(graph, node))
            {
                if (next == key.To) return true;
                if (seen.Add(next)) pending.Push(next);
            }
        }
        return false;
    }, _definition.Graph);

    private static IEnumerable<string> Successors(ProcessGraph graph, string nodeId)
    {
        foreach (var flow in graph.Outgoing(nodeId)) yield return flow.TargetId;
        foreach (var boundary in graph.BoundaryEvents(nodeId)) yield return boundary.Id;
    }
}

/// <summary>Evaluating the definition failed; the command that caused it is refused and nothing changes.</summary>
internal sealed class ExecutionFailure(string elementId, string messageZh, string messageEn) : Exception(messageEn)
{
    public string ElementId { get; } = elementId;
    public string MessageZh { get; } = messageZh;
    public string MessageEn { get; } = messageEn;
}
