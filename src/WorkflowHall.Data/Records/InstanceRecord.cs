namespace WorkflowHall.Data.Records;

/// <summary>
/// One running or finished instance. <see cref="StateJson"/> is the engine's whole state;
/// <see cref="Revision"/> is the optimistic-concurrency token every command checks.
/// </summary>
public sealed class InstanceRecord
{
    public required string Id { get; set; }
    public required string DefinitionKey { get; set; }
    public int DefinitionVersion { get; set; }
    public required string Status { get; set; }
    public string? HandlingUnit { get; set; }
    public string? BusinessKey { get; set; }
    public required string StartedBy { get; set; }
    public DateTime StartedAt { get; set; }
    public DateTime? EndedAt { get; set; }
    /// <summary>When the last command changed the instance (for "recently changed" and "stuck since" views).</summary>
    public DateTime UpdatedAt { get; set; }
    public string? EndNodeId { get; set; }
    public int Revision { get; set; }
    public long TrailLength { get; set; }
    public required string TrailHead { get; set; }
    public required string StateJson { get; set; }
}
