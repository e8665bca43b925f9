namespace WorkflowHall.Data.Records;

/// <summary>A service task waiting for its handler (an outbox row: written with the step, run after commit).</summary>
public sealed class ServiceCallRecord
{
    public required string Id { get; set; }
    public required string InstanceId { get; set; }
    public required string EngineId { get; set; }
    public required string NodeId { get; set; }
    public required string Handler { get; set; }
    public required string VariablesJson { get; set; }
    public DateTime CreatedAt { get; set; }
    public int Attempts { get; set; }
    public string? LastError { get; set; }
}
