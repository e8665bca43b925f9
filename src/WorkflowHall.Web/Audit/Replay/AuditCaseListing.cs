namespace WorkflowHall.Web.Audit.Replay;

/// <summary>A page of the auditors' case list, newest first.</summary>
public sealed record AuditCaseListing(IReadOnlyList<AuditCaseRow> Rows, int Page, int Total)
{
    public const int PageSize = 20;

    public bool HasMore => Page * PageSize < Total;
}
