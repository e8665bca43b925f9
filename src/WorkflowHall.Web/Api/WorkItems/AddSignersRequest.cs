namespace WorkflowHall.Web.Api.WorkItems;

/// <summary>加签: adds signers to a running countersign.</summary>
public sealed record AddSignersRequest(IReadOnlyList<string> Signers, string? Reason = null, int? ExpectedRevision = null);
