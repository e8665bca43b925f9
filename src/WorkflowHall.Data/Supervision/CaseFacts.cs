using WorkflowHall.Domain.Cases;

namespace WorkflowHall.Data.Supervision;

/// <summary>What the sweep reads of a case.</summary>
internal sealed record CaseFacts(
    string Id, string CaseNumber, string ImplementationCode, int MatterVersion, string HandlingUnit, string Status,
    DateTime? AcceptedAt, DateTime? DecidedAt, DateTime? ClosedAt, DateTime? PromisedDueAt, DateTime? StatutoryDueAt,
    string? DecisionReason, DateTime? SuperviseAt, int Revision)
{
    /// <summary>The legal clock runs: accepted, not yet decided or ended, and not stopped by a supplement or a special procedure.</summary>
    public bool ClockRuns => AcceptedAt is not null && DecidedAt is null && ClosedAt is null
        && Status is not (nameof(CaseStatus.Suspended) or nameof(CaseStatus.SupplementRequested));

    public bool IsRefusal => Status is nameof(CaseStatus.Refused) or nameof(CaseStatus.NotAccepted);
}
