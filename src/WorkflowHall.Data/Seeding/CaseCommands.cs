using WorkflowHall.Data.Cases;
using WorkflowHall.Domain.Cases;
using WorkflowHall.Engine.Bpmn;
using WorkflowHall.Engine.Execution;
using WorkflowHall.Engine.Execution.Commands;
using WorkflowHall.Engine.Variables;

namespace WorkflowHall.Data.Seeding;

/// <summary>
/// The case request each scripted action is, and so the engine command <see cref="CaseActions"/> builds
/// for it (same outcome, opinion and variables): the trail of a bulk-loaded case is the trail the services
/// would have written.
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

    /// <summary>The first open item that allows <paramref name="outcome"/> as the case rules read it (<see cref="CaseRules.ActsOf"/>).</summary>
    public static WorkItem? Item(InstanceState state, string outcome) => state.WorkItems.FirstOrDefault(w => CaseRules.ActsOf(w).Contains(outcome));

    /// <summary>The case service's request an action makes: its text is the opinion, reason or result the act takes.</summary>
    public static CaseRequest Request(ScriptedAction action)
    {
        var request = new CaseRequest(Act(action.Action), action.Actor)
        {
            LegalBasis = action.LegalBasis, Items = action.Items, ProcedureKind = action.ProcedureKind, Days = action.Days, ApprovedBy = action.ApprovedBy,
        };
        return action.Action switch
        {
            CaseAction.RefuseAccept or CaseAction.Refuse or CaseAction.StartProcedure or CaseAction.Extend or CaseAction.Withdraw => request with { Reason = action.Text },
            CaseAction.EndProcedure => request with { Result = action.Text },
            _ => request with { Opinion = action.Text },
        };
    }

    /// <summary>What the probe of <see cref="CasePathFinder"/> sends: the service's command for the action, on the given item.</summary>
    public static EngineCommand For(ScriptedAction action, WorkItem? item) => CaseActions.Command(Request(action), item);

    private static string Act(CaseAction action) => Outcome(action) ?? action switch
    {
        CaseAction.StartProcedure => CaseActs.StartProcedure,
        CaseAction.EndProcedure => CaseActs.EndProcedure,
        CaseAction.Extend => CaseActs.Extend,
        CaseAction.Withdraw => CaseActs.Withdraw,
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, null),
    };
}
