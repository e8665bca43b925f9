namespace WorkflowHall.Data.Records;

/// <summary>An armed BPMN timer, found by its due time.</summary>
public sealed class TimerRecord
{
    public required string Id { get; set; }
    public required string InstanceId { get; set; }
    public required string EngineId { get; set; }
    public required string NodeId { get; set; }
    public DateTime DueAt { get; set; }
}
