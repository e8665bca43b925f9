namespace WorkflowHall.Data.Records.Hall;

/// <summary>The last daily serial used for a prefix (implementation code + date); bumped under optimistic concurrency.</summary>
public sealed class CaseNumberCounterRecord
{
    public required string Prefix { get; set; }
    public int Last { get; set; }
}
