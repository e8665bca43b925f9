namespace WorkflowHall.Engine.Bpmn;

/// <summary>A sequence flow; <see cref="Condition"/> holds the raw <c>${...}</c> text when present.</summary>
public sealed record SequenceFlow(string Id, string SourceId, string TargetId, string? ParentId)
{
    public string? Name { get; init; }
    public string? Condition { get; init; }
}
