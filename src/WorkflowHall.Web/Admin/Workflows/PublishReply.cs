namespace WorkflowHall.Web.Admin.Workflows;

/// <summary>The designer's answer to a publish: the new version (a refusal is a problem details answer with the problems).</summary>
public sealed record PublishReply(int Version);
