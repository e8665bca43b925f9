namespace WorkflowHall.Web.Api.WorkItems;

/// <summary>委派: a delegate works on the item and resolves it back to the caller.</summary>
public sealed record DelegateRequest(string Delegate, string? Reason = null, int? ExpectedRevision = null);
