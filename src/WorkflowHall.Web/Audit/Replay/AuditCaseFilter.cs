namespace WorkflowHall.Web.Audit.Replay;

/// <summary>
/// What an auditor looks a case up by. Every part is optional; dates are China dates of submission,
/// both ends included.
/// </summary>
public sealed record AuditCaseFilter
{
    public string? Number { get; init; }
    /// <summary>The applicant's name (any part of it) or their full ID number or credit code.</summary>
    public string? Applicant { get; init; }
    /// <summary>The matter's name (any part of it) or its implementation code.</summary>
    public string? Matter { get; init; }
    public string? Status { get; init; }
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public int Page { get; init; } = 1;
}
