using System.Collections.Immutable;
using WorkflowHall.Engine.Bpmn;

namespace WorkflowHall.Engine.Versions;

public enum ChangeKind
{
    Added,
    Removed,
    Changed,
}

/// <summary>One element that differs between two versions; for a change, which properties differ.</summary>
public sealed record ElementChange(string ElementId, string ElementKind, ChangeKind Change, ImmutableArray<string> Properties);

public sealed record DefinitionDiff(ImmutableArray<ElementChange> Nodes, ImmutableArray<ElementChange> Flows)
{
    public bool IsEmpty => Nodes.IsEmpty && Flows.IsEmpty;
}

/// <summary>Compares two definitions by element id: nodes and flows added, removed or changed (and how).</summary>
public static class DefinitionComparer
{
    public static DefinitionDiff Compare(ProcessDefinition from, ProcessDefinition to) => new(
        Diff(from.Nodes, to.Nodes, n => n.Id, n => n.Kind, NodeProperties),
        Diff(from.Flows, to.Flows, f => f.Id, _ => "sequenceFlow", FlowProperties));

    private static ImmutableArray<ElementChange> Diff<T>(ImmutableArray<T> before, ImmutableArray<T> after, Func<T, string> id,
        Func<T, string> kind, Func<T, IEnumerable<(string Name, string? Value)>> properties)
    {
        var old = before.ToDictionary(id);
        var current = after.ToDictionary(id);
        var changes = ImmutableArray.CreateBuilder<ElementChange>();
        foreach (var element in after)
        {
            if (!old.TryGetValue(id(element), out var previous))
            {
                changes.Add(new ElementChange(id(element), kind(element), ChangeKind.Added, []));
                continue;
            }
            var was = properties(previous).ToDictionary(p => p.Name, p => p.Value);
            var differing = properties(element).Where(p => was.GetValueOrDefault(p.Name) != p.Value).Select(p => p.Name).ToImmutableArray();
            if (!differing.IsEmpty) changes.Add(new ElementChange(id(element), kind(element), ChangeKind.Changed, differing));
        }
        foreach (var element in before.Where(e => !current.ContainsKey(id(e))))
        {
            changes.Add(new ElementChange(id(element), kind(element), ChangeKind.Removed, []));
        }
        return changes.ToImmutable();
    }

    private static IEnumerable<(string, string?)> NodeProperties(FlowNode node)
    {
        yield return ("kind", node.Kind);
        yield return ("name", node.Name);
        yield return ("parent", node.ParentId);
        yield return ("default", node.DefaultFlowId);
        switch (node)
        {
            case UserTask task:
                yield return ("assignee", task.Assignment.Assignee);
                yield return ("candidateGroups", string.Join(",", task.Assignment.CandidateGroups.NullToEmpty()));
                yield return ("candidateUsers", string.Join(",", task.Assignment.CandidateUsers.NullToEmpty()));
                yield return ("stage", task.Hall.Stage?.ToString());
                yield return ("post", task.Hall.CandidatePost);
                yield return ("unit", task.Hall.UnitRule.ToString());
                yield return ("timeLimit", task.Hall.TimeLimit is { } limit ? $"{limit.Amount} {limit.Unit}" : null);
                yield return ("warning", task.Hall.Warning?.ToString());
                yield return ("actions", string.Join(",", task.Hall.AllowedActions.NullToEmpty()));
                yield return ("form", task.Hall.FormKey ?? task.Assignment.FormKey);
                yield return ("multiInstance", task.MultiInstance?.ToString());
                break;
            case ServiceTask service:
                yield return ("handler", service.Handler);
                break;
            case EndEvent end:
                yield return ("terminate", end.Terminate ? "true" : "false");
                break;
            case TimerCatchEvent timer:
                yield return ("timer", timer.Timer.ToString());
                break;
            case TimerBoundaryEvent boundary:
                yield return ("timer", boundary.Timer.ToString());
                yield return ("attachedTo", boundary.AttachedToId);
                yield return ("cancelActivity", boundary.CancelActivity ? "true" : "false");
                break;
        }
    }

    private static IEnumerable<(string, string?)> FlowProperties(SequenceFlow flow)
    {
        yield return ("source", flow.SourceId);
        yield return ("target", flow.TargetId);
        yield return ("name", flow.Name);
        yield return ("condition", flow.Condition);
    }

    private static ImmutableArray<string> NullToEmpty(this ImmutableArray<string> values) => values.IsDefault ? [] : values;
}
