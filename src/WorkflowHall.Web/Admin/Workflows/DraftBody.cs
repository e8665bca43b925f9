namespace WorkflowHall.Web.Admin.Workflows;

/// <summary>What the designer posts to save a draft: the diagram's BPMN XML.</summary>
public sealed record DraftBody(string Bpmn);
