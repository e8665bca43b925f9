namespace WorkflowHall.Data.Records.Supervision;

/// <summary>
/// A red breach not yet corrected: the sweep's working set for corrections, small because it holds only
/// what is overdue now. Written with the red record and removed with its correction, in the same
/// transactions; the log itself stays untouched.
/// </summary>
public sealed class OpenBreachRecord
{
    /// <summary>The breach's dedup key.</summary>
    public required string DedupKey { get; set; }
    public long Sequence { get; set; }
    public required string SubjectKind { get; set; }
    public required string SubjectId { get; set; }
    public required string RuleCode { get; set; }
    public DateTime DueAt { get; set; }
}
