namespace WorkflowHall.Domain.Cases;

/// <summary>
/// One act someone asks to do on a case, with the fields it may carry. Which fields an act needs, and how
/// long each may be, is <see cref="CaseRules"/>'s to say.
/// </summary>
public sealed record CaseRequest(string Act, string Actor)
{
    /// <summary>The open step to act on, when the caller names one (the work-item API does); else the rules pick the actor's.</summary>
    public string? WorkItemId { get; init; }
    public string? Opinion { get; init; }
    public string? Reason { get; init; }
    public string? LegalBasis { get; init; }
    public IReadOnlyList<string> Items { get; init; } = [];
    public string? ProcedureKind { get; init; }
    public string? Result { get; init; }
    public int Days { get; init; }
    public string? ApprovedBy { get; init; }
}
