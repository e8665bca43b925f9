namespace WorkflowHall.Web.Scheduling;

/// <summary>
/// A line per sweep (event ids 2000–2099): Information when it did something, Debug when there was nothing to do.
/// The hall's event ids, each area's <c>Log</c> class holding its own: 1000s start-up (Hosting 1001–1006, Accounts 1020s,
/// Admin settings 1030s), 2000s sweeps (here; retention 2005 in Data.Runtime), 3000s service calls (Data.Runtime.ServiceCalls),
/// 4000s refusals (Data.Runtime 4001–4002, the call log 4100s in Security), 5000s tampering found (Data.Integrity).
/// </summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 2001, EventName = "DueTimersSwept",
        Message = "Due timers: {Timers} fired; service calls: {Due} due, {Completed} completed")]
    public static partial void DueTimersSwept(ILogger logger, LogLevel level, int timers, int due, int completed);

    [LoggerMessage(EventId = 2002, EventName = "SupervisionSwept",
        Message = "Supervision: {Warnings} warnings, {Breaches} breaches, {Corrections} corrections recorded")]
    public static partial void SupervisionSwept(ILogger logger, LogLevel level, int warnings, int breaches, int corrections);

    [LoggerMessage(EventId = 2003, EventName = "CheckpointsSealed",
        Message = "Checkpoints: {Trails} trails sealed, supervision log {Supervision}")]
    public static partial void CheckpointsSealed(ILogger logger, LogLevel level, int trails, string supervision);

    [LoggerMessage(EventId = 2004, EventName = "CheckpointRefused", Level = LogLevel.Error,
        Message = "Checkpoint not signed: {Refusal}")]
    public static partial void CheckpointRefused(ILogger logger, string refusal);

    /// <summary>Quiet runs at Debug, runs that changed something at Information.</summary>
    public static LogLevel For(bool didSomething) => didSomething ? LogLevel.Information : LogLevel.Debug;
}
