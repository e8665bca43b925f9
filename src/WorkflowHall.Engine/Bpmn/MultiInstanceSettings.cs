namespace WorkflowHall.Engine.Bpmn;

/// <summary>
/// Countersigning (会签) on a user task: one work item per element of <see cref="Collection"/>
/// (or <see cref="LoopCardinality"/> items), all at once or one after another, until every item is
/// done or <see cref="CompletionCondition"/> holds.
/// </summary>
public sealed record MultiInstanceSettings(bool IsSequential)
{
    /// <summary>Expression or variable name giving the list of signers.</summary>
    public string? Collection { get; init; }
    /// <summary>The variable each item sees its element under (Camunda <c>elementVariable</c>); it becomes the item's assignee.</summary>
    public string? ElementVariable { get; init; }
    public string? LoopCardinality { get; init; }
    public string? CompletionCondition { get; init; }
}
