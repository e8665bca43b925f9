namespace WorkflowHall.Web.Api.WorkItems;

/// <summary>退回: sends the case back to an earlier user task.</summary>
public sealed record ReturnRequest(string TargetNodeId, string? Opinion = null, int? ExpectedRevision = null);
