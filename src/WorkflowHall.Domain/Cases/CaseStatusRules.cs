using WorkflowHall.Engine.Bpmn;
using WorkflowHall.Engine.Execution;

namespace WorkflowHall.Domain.Cases;

/// <summary>
/// Reads a case's status off its engine instance: how it ended (the last decision taken), what is
/// open now (the stage of the open steps), and whether the clock stands still.
/// </summary>
public static class CaseStatusRules
{
    public static CaseStatus Derive(InstanceState instance, bool extended)
    {
        switch (instance.Status)
        {
            case InstanceStatus.Withdrawn: return CaseStatus.Withdrawn;
            case InstanceStatus.Cancelled: return CaseStatus.Terminated;
            case InstanceStatus.Completed:
                return LastDecision(instance) switch
                {
                    HallActions.RefuseAccept => CaseStatus.NotAccepted,
                    HallActions.Refuse or HallActions.Reject => CaseStatus.Refused,
                    _ => CaseStatus.Closed,
                };
        }

        if (instance.Clock.OpenPause is { } pause)
        {
            return pause.Kind == ClockPauseKind.Supplement ? CaseStatus.SupplementRequested : CaseStatus.Suspended;
        }
        var open = instance.WorkItems;
        if (open.Any(w => w.Allows(HallActions.Supplement) && !w.AllowedActions.IsDefaultOrEmpty)) return CaseStatus.SupplementRequested;
        if (open.Any(w => w.Stage == HallStage.Accept)) return CaseStatus.Submitted;
        if (open.Any(w => w.Stage == HallStage.Issue)) return CaseStatus.Approved;
        if (extended) return CaseStatus.Extended;
        return ReviewedSinceAcceptance(instance) ? CaseStatus.InReview : CaseStatus.Accepted;
    }

    /// <summary>
    /// Whether a step after acceptance has been done: steps before it (the village agent's hand-over, the
    /// supplement notice and the applicant's answer) do not make an accepted case one "under review".
    /// </summary>
    private static bool ReviewedSinceAcceptance(InstanceState instance)
    {
        var completed = instance.ClosedWorkItems.Where(c => c.Reason == WorkItemCloseReason.Completed && c.Outcome is not null).ToList();
        var accepted = completed.FindLastIndex(c => c.Outcome == HallActions.Accept);
        return completed.Skip(accepted + 1).Any(c => c.Outcome is not (HallActions.RequestSupplement or HallActions.Supplement or HallActions.Accept));
    }

    private static string? LastDecision(InstanceState instance) =>
        instance.ClosedWorkItems.LastOrDefault(c => c.Reason == WorkItemCloseReason.Completed && c.Outcome is not null)?.Outcome;
}
