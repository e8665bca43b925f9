namespace WorkflowHall.Web.Api.WorkItems;

/// <summary>The delegate hands the item back to its owner.</summary>
public sealed record ResolveRequest(string? Opinion = null, int? ExpectedRevision = null);
