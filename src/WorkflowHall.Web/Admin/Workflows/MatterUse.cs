namespace WorkflowHall.Web.Admin.Workflows;

/// <summary>A matter whose new cases run a workflow.</summary>
public sealed record MatterUse(string ImplementationCode, string Name);
