namespace WorkflowHall.Web.Admin.Workflows;

/// <summary>The designer's answer to a publish: the new version, or the message and the problems that refused it.</summary>
public sealed record PublishReply(int? Version, string? Message, IReadOnlyList<DesignerProblem> Problems);
