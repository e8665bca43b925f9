namespace WorkflowHall.Data.Records;

/// <summary>One trail event, append-only; (InstanceId, Sequence) is the key.</summary>
public sealed class TrailEventRecord
{
    public required string InstanceId { get; set; }
    public long Sequence { get; set; }
    public DateTime At { get; set; }
    public required string Actor { get; set; }
    public required string Kind { get; set; }
    public string? NodeId { get; set; }
    public string? WorkItemId { get; set; }
    public string? Outcome { get; set; }
    public string? Opinion { get; set; }
    public string? Detail { get; set; }
    public string? VariablesJson { get; set; }
    public string? Command { get; set; }
    public string? StateHash { get; set; }
    public required string PreviousHash { get; set; }
    public required string Hash { get; set; }
}
