using System.Collections.Immutable;

namespace WorkflowHall.Engine.Execution;

/// <summary>What the shell must do after a step: open or close inbox rows, arm or disarm timers, call services.</summary>
public abstract record EngineEffect;

public sealed record WorkItemOpened(WorkItem WorkItem) : EngineEffect;

public sealed record WorkItemUpdated(WorkItem WorkItem) : EngineEffect;

public sealed record WorkItemClosed(ClosedWorkItem WorkItem) : EngineEffect;

public sealed record TimerScheduled(ScheduledTimer Timer) : EngineEffect;

public sealed record TimerCancelled(string TimerId) : EngineEffect;

public sealed record ServiceCallRequested(ServiceCall Call, ImmutableSortedDictionary<string, object?> Variables) : EngineEffect;

public sealed record InstanceEnded(InstanceStatus Status, string? EndNodeId) : EngineEffect;
