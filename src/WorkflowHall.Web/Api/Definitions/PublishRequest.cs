namespace WorkflowHall.Web.Api.Definitions;

/// <summary>Publishing the draft of a definition; the note goes into the version and the audit record.</summary>
public sealed record PublishRequest(string? Note = null);
