namespace WorkflowHall.Data.Records.Hall;

/// <summary>An uploaded file, stored once on disk under its SHA-256 (content-addressed).</summary>
public sealed class StoredFileRecord
{
    public required string Sha256 { get; set; }
    public long Size { get; set; }
    public required string ContentType { get; set; }
    public DateTime StoredAt { get; set; }
}
