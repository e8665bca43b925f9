using System.Collections.Immutable;
using WorkflowHall.Engine.Bpmn;

namespace WorkflowHall.Engine.Tests.Bpmn;

/// <summary>
/// Everything a definition says except its diagram, one line per fact, so two definitions can be
/// compared as text (records holding ImmutableArrays compare those by reference).
/// </summary>
internal static class ModelSnapshot
{
    public static List<string> Of(ProcessDefinition d)
    {
        var lines = new List<string>
        {
            $"process {d.Key} name={d.Name} executable={d.IsExecutable} doc={d.Documentation}",
            $"variables {Join(d.Variables.Select(v => $"{v.Name}:{v.Type}"))}",
            $"process foreign {Join(d.ForeignAttributes.Select(Attribute))} | {Join(d.ForeignExtensions)}",
        };
        lines.AddRange(d.Nodes.Select(Node));
        lines.AddRange(d.Flows.Select(f => $"flow {f.Id} {f.SourceId}->{f.TargetId} in={f.ParentId} name={f.Name} condition={f.Condition}"));
        return lines;
    }

    private static string Node(FlowNode n)
    {
        var common = $"{n.Kind} {n.Id} name={n.Name} in={n.ParentId} default={n.DefaultFlowId} doc={n.Documentation} "
            + $"foreign={Join(n.ForeignAttributes.Select(Attribute))} ext={Join(n.ForeignExtensions)}";
        return common + n switch
        {
            UserTask t => $" assignee={t.Assignment.Assignee} groups={Join(t.Assignment.CandidateGroups)} users={Join(t.Assignment.CandidateUsers)}"
                + $" due={t.Assignment.DueDate} form={t.Assignment.FormKey} stage={t.Hall.Stage} post={t.Hall.CandidatePost} unit={t.Hall.UnitRule}"
                + $" limit={t.Hall.TimeLimit} warning={t.Hall.Warning} actions={Join(t.Hall.AllowedActions)} hallForm={t.Hall.FormKey}"
                + (t.MultiInstance is { } m ? $" mi={m.IsSequential},{m.Collection},{m.ElementVariable},{m.LoopCardinality},{m.CompletionCondition}" : ""),
            ServiceTask s => $" handler={s.Handler}",
            EndEvent e => $" terminate={e.Terminate}",
            TimerCatchEvent c => $" timer={c.Timer}",
            TimerBoundaryEvent b => $" on={b.AttachedToId} cancel={b.CancelActivity} timer={b.Timer}",
            _ => "",
        };
    }

    private static string Attribute(ForeignAttribute a) => $"{{{a.NamespaceUri}}}{a.LocalName}={a.Value}";

    private static string Join(IEnumerable<string> items) => string.Join(";", items);

    private static string Join(ImmutableArray<string> items) => items.IsDefault ? "" : string.Join(";", items);
}
