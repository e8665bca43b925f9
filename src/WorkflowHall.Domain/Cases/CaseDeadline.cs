namespace WorkflowHall.Domain.Cases;

/// <summary>
/// A case's legal time as the applicant and the supervisor see it: the statutory and promised due
/// dates, working days used and remaining, and whether the figures are provisional (a year without
/// a loaded calendar) or frozen (the clock stands still).
/// </summary>
public sealed record CaseDeadline(
    DateTimeOffset StatutoryDue,
    DateTimeOffset PromisedDue,
    int WorkingDaysUsed,
    int StatutoryDaysRemaining,
    int PromisedDaysRemaining,
    bool Provisional,
    bool ClockStopped)
{
    public bool StatutoryOverdue => StatutoryDaysRemaining < 0;
    public bool PromisedOverdue => PromisedDaysRemaining < 0;
}
