namespace WorkflowHall.Web.Api.WorkItems;

/// <summary>签收: the caller takes the item.</summary>
public sealed record ClaimRequest(int? ExpectedRevision = null);
