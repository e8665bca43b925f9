namespace WorkflowHall.Data.Records;

/// <summary>Who did what outside an instance's own trail: publishing, retiring, retention, migration plans.</summary>
public sealed class AuditRecord
{
    public long Id { get; set; }
    public DateTime At { get; set; }
    public required string Actor { get; set; }
    public required string Action { get; set; }
    public required string Subject { get; set; }
    public string? Detail { get; set; }
}
