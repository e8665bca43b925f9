namespace WorkflowHall.Web.Api.Cases;

/// <summary>
/// One act on a case (<c>accept</c>, <c>refuseAccept</c>, <c>requestSupplement</c>, <c>review</c>, <c>return</c>,
/// <c>approve</c>, <c>refuse</c>, <c>issue</c>, <c>complete</c>, <c>startProcedure</c>, <c>endProcedure</c>,
/// <c>extend</c>, <c>withdraw</c>) with the fields it takes. <see cref="ExpectedRevision"/> is the instance
/// revision the caller saw; a changed case is then refused.
/// </summary>
public sealed record CaseActionRequest(string Act)
{
    public string? WorkItemId { get; init; }
    public string? Opinion { get; init; }
    public string? Reason { get; init; }
    public string? LegalBasis { get; init; }
    public IReadOnlyList<string>? Items { get; init; }
    public string? ProcedureKind { get; init; }
    public string? Result { get; init; }
    public int? Days { get; init; }
    public string? ApprovedBy { get; init; }
    public int? ExpectedRevision { get; init; }
}
