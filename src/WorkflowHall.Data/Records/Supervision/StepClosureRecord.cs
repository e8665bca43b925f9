namespace WorkflowHall.Data.Records.Supervision;

/// <summary>
/// A step with a time limit that closed, written with the step that closed it: the work item row is gone
/// by then, and this keeps when it closed against when it was due, for on-time rates and corrections.
/// </summary>
public sealed class StepClosureRecord
{
    public long Id { get; set; }
    /// <summary>The work item row id it had (instance id / engine id).</summary>
    public required string WorkItemId { get; set; }
    public required string InstanceId { get; set; }
    public required string NodeId { get; set; }
    public string? NodeName { get; set; }
    public string? HandlingUnit { get; set; }
    public string? CandidatePost { get; set; }
    public string? ClosedBy { get; set; }
    /// <summary>Why it closed (<c>Completed</c>, <c>Returned</c>, <c>Withdrawn</c> …).</summary>
    public required string Reason { get; set; }
    public DateTime OpenedAt { get; set; }
    public DateTime DueAt { get; set; }
    public DateTime ClosedAt { get; set; }
}
