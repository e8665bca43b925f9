namespace WorkflowHall.Engine.Execution;

public enum RejectionCode
{
    InstanceNotRunning,
    AlreadyStarted,
    StaleRevision,
    WorkItemNotFound,
    /// <summary>Someone else already completed (or otherwise closed) the item.</summary>
    WorkItemAlreadyClosed,
    NotAssignee,
    ActionNotAllowed,
    DelegationPending,
    InvalidReturnTarget,
    NotACountersign,
    InvalidSigner,
    ClockAlreadyPaused,
    ClockNotPaused,
    ClockPaused,
    /// <summary>A timer or service call that was already handled: shells treat this as a no-op success.</summary>
    AlreadyHandled,
    /// <summary>Evaluating the definition failed (no flow matched, a condition failed to evaluate).</summary>
    ExecutionError,
    InvalidCommand,
    /// <summary>A migration plan leaves a token without a place in the target version.</summary>
    MigrationInvalid,
}

/// <summary>Why a command was refused; the state is unchanged.</summary>
public sealed record CommandRejection(RejectionCode Code, string MessageZh, string MessageEn)
{
    public string? ElementId { get; init; }

    public override string ToString() => $"{Code}: {MessageZh} / {MessageEn}";
}
