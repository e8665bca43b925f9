namespace WorkflowHall.Data.Records;

/// <summary>A published, immutable definition version. (Key, Version) is unique.</summary>
public sealed class DefinitionVersionRecord
{
    public long Id { get; set; }
    public required string Key { get; set; }
    public int Version { get; set; }
    public string? Name { get; set; }
    public required string Bpmn { get; set; }
    public DateTime PublishedAt { get; set; }
    public required string PublishedBy { get; set; }
    public string? Note { get; set; }
    public DateTime? RetiredAt { get; set; }
    public string? RetiredBy { get; set; }
}
