using System.Collections.Immutable;
using WorkflowHall.Engine.Bpmn;

namespace WorkflowHall.Engine.Execution;

public enum WorkItemStatus
{
    /// <summary>Waiting for a clerk of the candidate post (or the assignee) to take it.</summary>
    Open,
    /// <summary>Taken by its assignee.</summary>
    Claimed,
    /// <summary>Handed to a delegate (委派), who must resolve it back to the owner.</summary>
    Delegated,
}

/// <summary>A human step waiting to be done: what the inbox shows.</summary>
public sealed record WorkItem(string Id, string TokenId, string NodeId, DateTimeOffset OpenedAt)
{
    public string? NodeName { get; init; }
    public WorkItemStatus Status { get; init; } = WorkItemStatus.Open;
    public string? Assignee { get; init; }
    /// <summary>Who delegated the item and gets it back on resolve.</summary>
    public string? Owner { get; init; }
    public ImmutableArray<string> CandidateGroups { get; init; } = [];
    public ImmutableArray<string> CandidateUsers { get; init; } = [];
    public string? CandidatePost { get; init; }
    public UnitRule UnitRule { get; init; }
    public HallStage? Stage { get; init; }
    public TimeLimit? TimeLimit { get; init; }
    public WarningThreshold? Warning { get; init; }
    public ImmutableArray<string> AllowedActions { get; init; } = [];
    public string? FormKey { get; init; }
    /// <summary>Position in a countersign, when the step is one.</summary>
    public int? LoopIndex { get; init; }

    public bool Allows(string action) => AllowedActions.IsDefaultOrEmpty || AllowedActions.Contains(action);

    /// <summary>The item as the step's definition describes it: name, post, stage, limit, actions, form.</summary>
    internal WorkItem WithStepSettings(UserTask task) => this with
    {
        NodeId = task.Id,
        NodeName = task.Name,
        CandidatePost = task.Hall.CandidatePost,
        UnitRule = task.Hall.UnitRule,
        Stage = task.Hall.Stage,
        TimeLimit = task.Hall.TimeLimit,
        Warning = task.Hall.Warning,
        AllowedActions = task.Hall.AllowedActions,
        FormKey = task.Hall.FormKey ?? task.Assignment.FormKey,
    };
}

/// <summary>A finished work item, kept so a late second clerk can be told who finished it and when.</summary>
public sealed record ClosedWorkItem(string Id, string NodeId, DateTimeOffset ClosedAt, string ClosedBy, WorkItemCloseReason Reason)
{
    public string? Outcome { get; init; }
}

public enum WorkItemCloseReason
{
    Completed,
    /// <summary>Closed because the countersign's completion condition was met without it.</summary>
    CountersignSettled,
    /// <summary>The step was returned to an earlier step.</summary>
    Returned,
    /// <summary>An interrupting timer or a terminate end event cut the step off.</summary>
    Interrupted,
    SignerRemoved,
    Withdrawn,
    Cancelled,
}
