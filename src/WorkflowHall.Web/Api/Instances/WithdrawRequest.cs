namespace WorkflowHall.Web.Api.Instances;

/// <summary>撤回: the applicant withdraws the application.</summary>
public sealed record WithdrawRequest(string? Reason = null, int? ExpectedRevision = null);
