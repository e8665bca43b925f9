namespace WorkflowHall.Web.Api.WorkItems;

/// <summary>减签: removes a signer who has not signed yet.</summary>
public sealed record RemoveSignerRequest(string Signer, string? Reason = null, int? ExpectedRevision = null);
