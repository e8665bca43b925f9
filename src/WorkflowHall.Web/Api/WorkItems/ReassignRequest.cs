namespace WorkflowHall.Web.Api.WorkItems;

/// <summary>转办: the item moves to another person, who then owns it.</summary>
public sealed record ReassignRequest(string Assignee, string? Reason = null, int? ExpectedRevision = null);
