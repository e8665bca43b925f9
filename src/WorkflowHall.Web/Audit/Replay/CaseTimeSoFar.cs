using WorkflowHall.Domain.Cases;

namespace WorkflowHall.Web.Audit.Replay;

/// <summary>The case's legal time at one step of the replay: working days used against the statutory and promised limits.</summary>
public sealed record CaseTimeSoFar(CaseDeadline Deadline, int StatutoryDays, int PromisedDays, int ExtensionDays)
{
    public int StatutoryLimit => StatutoryDays + ExtensionDays;
    public int PromisedLimit => PromisedDays + ExtensionDays;
}
