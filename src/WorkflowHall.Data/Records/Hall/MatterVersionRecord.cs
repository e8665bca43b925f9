namespace WorkflowHall.Data.Records.Hall;

/// <summary>A published guide version; cases keep the version they were applied under.</summary>
public sealed class MatterVersionRecord
{
    public long Id { get; set; }
    public required string ImplementationCode { get; set; }
    public int Version { get; set; }
    public required string GuideJson { get; set; }
    public DateTime PublishedAt { get; set; }
    public required string PublishedBy { get; set; }
    public string? Note { get; set; }
}
