namespace WorkflowHall.Web.Admin.Workflows;

/// <summary>A running instance of a workflow version: its case number and the steps it waits at, for the migration page.</summary>
public sealed record RunningCase(string InstanceId, string? BusinessKey, DateTime StartedAt, IReadOnlyList<string> Steps);
