namespace WorkflowHall.Engine.Execution;

/// <summary>
/// A timer the shell must fire at <see cref="DueAt"/>: a timer catch event (the token waits on it) or
/// a boundary timer on an activity (<see cref="TokenId"/> is the activity's token).
/// </summary>
public sealed record ScheduledTimer(string Id, string NodeId, string TokenId, DateTimeOffset DueAt)
{
    public int FiredCount { get; init; }
}
