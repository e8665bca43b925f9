namespace WorkflowHall.Web.Admin.Workflows;

/// <summary>What the designer posts to publish the draft: the change note kept with the version.</summary>
public sealed record PublishBody(string? Note);
