namespace WorkflowHall.Web.Audit.Supervision;

/// <summary>Another record of the log a record points to (the breach a correction corrects, or the correction of a breach).</summary>
public sealed record SupervisionLogLink(long Sequence, string RecordNumber, string? CaseNumber);
