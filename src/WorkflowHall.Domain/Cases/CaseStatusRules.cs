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
        var reviewed = instance.ClosedWorkItems.Any(c => c.Reason == WorkItemCloseReason.Completed && c.Outcome is not (HallActions.Accept or null));
        return reviewed ? CaseStatus.InReview : CaseStatus.Accepted;
    }

    private static string? LastDecision(InstanceState instance) =>
        instance.ClosedWorkItems.LastOrDefault(c => c.Reason == WorkItemCloseReason.Completed && c.Outcome is not null)?.Outcome;
}
