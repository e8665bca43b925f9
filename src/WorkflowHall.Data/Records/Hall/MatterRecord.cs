namespace WorkflowHall.Data.Records.Hall;

/// <summary>A matter (事项) by its implementation code, with the draft of its next guide version.</summary>
public sealed class MatterRecord
{
    public required string ImplementationCode { get; set; }
    public required string Name { get; set; }
    public required string CatalogCode { get; set; }
    public required string HandlingUnit { get; set; }
    public required string WorkflowKey { get; set; }
    /// <summary>The version new cases use; null until one is published.</summary>
    public int? PublishedVersion { get; set; }
    public string? DraftGuideJson { get; set; }
    public int Revision { get; set; }
}
