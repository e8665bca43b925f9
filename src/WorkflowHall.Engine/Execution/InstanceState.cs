using System.Collections.Immutable;
using System.Text.Json.Serialization;
using WorkflowHall.Engine.Trail;
using WorkflowHall.Engine.Variables;

namespace WorkflowHall.Engine.Execution;

public enum InstanceStatus
{
    /// <summary>Not started yet: the state a start command is applied to.</summary>
    New,
    Running,
    Completed,
    /// <summary>Withdrawn by the applicant (撤回).</summary>
    Withdrawn,
    /// <summary>Ended by force (强制终止).</summary>
    Cancelled,
}

/// <summary>
/// Everything the engine knows about one running instance, immutable. The step function takes one
/// and returns the next; the shell persists it as a whole and uses <see cref="Revision"/> for
/// optimistic concurrency.
/// </summary>
public sealed record InstanceState
{
    public required string InstanceId { get; init; }
    public required string DefinitionKey { get; init; }
    public required int DefinitionVersion { get; init; }
    public InstanceStatus Status { get; init; } = InstanceStatus.New;

    /// <summary>Incremented by every accepted command.</summary>
    public int Revision { get; init; }

    [JsonConverter(typeof(VariableMapJsonConverter))]
    public ImmutableSortedDictionary<string, object?> Variables { get; init; } = VariableMap.Empty;
    public ImmutableList<Token> Tokens { get; init; } = [];
    public ImmutableList<WorkItem> WorkItems { get; init; } = [];
    public ImmutableList<ClosedWorkItem> ClosedWorkItems { get; init; } = [];
    public ImmutableList<ScheduledTimer> Timers { get; init; } = [];
    public ImmutableList<ServiceCall> ServiceCalls { get; init; } = [];
    public ClockState Clock { get; init; } = ClockState.Running;

    public DateTimeOffset? StartedAt { get; init; }
    public DateTimeOffset? EndedAt { get; init; }
    /// <summary>The end event that finished the instance (e.g. 办结, 不予受理, 不予许可).</summary>
    public string? EndNodeId { get; init; }

    /// <summary>Source of deterministic ids for tokens, work items, timers and calls.</summary>
    public int NextId { get; init; } = 1;

    /// <summary>How many trail events exist and the hash of the last one: the next event links to it.</summary>
    public long TrailLength { get; init; }
    public string TrailHead { get; init; } = TrailHash.Genesis;

    [JsonIgnore]
    public bool IsEnded => Status is InstanceStatus.Completed or InstanceStatus.Withdrawn or InstanceStatus.Cancelled;

    public static InstanceState New(string instanceId, string definitionKey, int definitionVersion) =>
        new() { InstanceId = instanceId, DefinitionKey = definitionKey, DefinitionVersion = definitionVersion };

    public WorkItem? FindWorkItem(string workItemId) => WorkItems.Find(w => w.Id == workItemId);
}
