namespace WorkflowHall.Engine.Trail;

public enum TrailEventKind
{
    // Command heads: one per accepted command.
    InstanceStarted,
    WorkItemClaimed,
    WorkItemCompleted,
    ReturnedToStep,
    WorkItemReassigned,
    WorkItemDelegated,
    DelegationResolved,
    SignersAdded,
    SignerRemoved,
    InstanceWithdrawn,
    InstanceCancelled,
    ClockPaused,
    ClockResumed,
    TimerFired,
    ServiceCallCompleted,
    InstanceMigrated,
    Annotated,

    // What commands cause.
    NodeEntered,
    NodeLeft,
    FlowTaken,
    WorkItemOpened,
    WorkItemClosed,
    TimerScheduled,
    TimerCancelled,
    ServiceCallRequested,
    InstanceCompleted,
}
