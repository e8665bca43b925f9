namespace WorkflowHall.Web.Api.Cases;

/// <summary>查看完整信息: why the caller needs the applicant's full ID number and phone (kept for the auditors).</summary>
public sealed record RevealRequest
{
    public string? Reason { get; init; }
}
