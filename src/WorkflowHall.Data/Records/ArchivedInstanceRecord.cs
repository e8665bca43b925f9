namespace WorkflowHall.Data.Records;

/// <summary>An instance moved out of the working tables by retention: its final state and whole trail as JSON.</summary>
public sealed class ArchivedInstanceRecord
{
    public required string Id { get; set; }
    public required string DefinitionKey { get; set; }
    public int DefinitionVersion { get; set; }
    public DateTime EndedAt { get; set; }
    public DateTime ArchivedAt { get; set; }
    public required string ArchiveJson { get; set; }
}
