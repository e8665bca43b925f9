using WorkflowHall.Web.Api.Problems;

namespace WorkflowHall.Web.Api.Definitions;

/// <summary>What a BPMN file would give on import: the process read (if any) and every problem.</summary>
public sealed record ValidationResponse(string? ProcessId, bool Valid, IReadOnlyList<ProblemItem> Problems);
