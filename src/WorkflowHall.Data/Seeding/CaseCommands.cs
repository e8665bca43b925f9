using WorkflowHall.Engine.Bpmn;
using WorkflowHall.Engine.Execution;
using WorkflowHall.Engine.Execution.Commands;
using WorkflowHall.Engine.Variables;

namespace WorkflowHall.Data.Seeding;

/// <summary>
/// The engine command each action becomes, built exactly as <see cref="Hall.CaseActions"/> builds it (same
/// outcome, opinion and variables), and the open item it acts on: the trail of a bulk-loaded case is the
/// trail the services would have written.
/// </summary>
internal static class CaseCommands
{
    /// <summary>The outcome a step-completing action records; null for the case-level ones (procedures, extension, withdrawal).</summary>
    public static string? Outcome(CaseAction action) => action switch
    {
        CaseAction.Accept => HallActions.Accept,
        CaseAction.RefuseAccept => HallActions.RefuseAccept,
        CaseAction.RequestSupplement => HallActions.RequestSupplement,
        CaseAction.SubmitSupplement => HallActions.Supplement,
        CaseAction.Complete => HallActions.Complete,
        CaseAction.Review => HallActions.Review,
        CaseAction.Return => HallActions.Return,
        CaseAction.Approve => HallActions.Approve,
        CaseAction.Refuse => HallActions.Refuse,
        CaseAction.Issue => HallActions.Issue,
        _ => null,
    };

    /// <summary>The open item the services complete for <paramref name="outcome"/>: the first that names it, else the first that names no actions.</summary>
    public static WorkItem? Item(InstanceState state, string outcome) =>
        state.WorkItems.FirstOrDefault(w => !w.AllowedActions.IsDefaultOrEmpty && w.Allows(outcome))
        ?? state.WorkItems.FirstOrDefault(w => w.AllowedActions.IsDefaultOrEmpty);

    /// <summary>The supplement list as the notice gives it: trimmed, without blanks or repeats.</summary>
    public static List<string> SupplementItems(IEnumerable<string> items) =>
        items.Where(i => !string.IsNullOrWhiteSpace(i)).Select(i => i.Trim()).Distinct().ToList();

    public static EngineCommand For(ScriptedAction action, WorkItem? item)
    {
        var actor = action.Actor;
        return action.Action switch
        {
            CaseAction.RefuseAccept or CaseAction.Refuse => Complete(action, item, action.Text,
                new() { ["refusalReason"] = action.Text, ["refusalBasis"] = action.LegalBasis }),
            CaseAction.RequestSupplement => Complete(action, item, string.Join("；", SupplementItems(action.Items)),
                new() { ["supplementItems"] = SupplementItems(action.Items) }),
            CaseAction.SubmitSupplement => Complete(action, item, null, null),
            CaseAction.StartProcedure => new PauseClock(actor, ClockPauseKind.SpecialProcedure, $"{action.ProcedureKind}：{action.Text}"),
            CaseAction.EndProcedure => new ResumeClock(actor) { Result = action.Text },
            CaseAction.Extend => new AnnotateInstance(actor, "extension", $"延长 {action.Days} 个工作日，理由：{action.Text}，批准人：{action.ApprovedBy}"),
            CaseAction.Withdraw => new WithdrawInstance(actor) { Reason = action.Text },
            _ => Complete(action, item, action.Text, null),
        };
    }

    private static CompleteWorkItem Complete(ScriptedAction action, WorkItem? item, string? opinion, Dictionary<string, object?>? variables) =>
        new(action.Actor, item?.Id ?? throw new InvalidOperationException($"No open step allows {action.Action}."))
        {
            Outcome = Outcome(action.Action), Opinion = opinion, Variables = VariableMap.From(variables),
        };
}
