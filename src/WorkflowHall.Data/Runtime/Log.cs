using Microsoft.Extensions.Logging;

namespace WorkflowHall.Data.Runtime;

/// <summary>
/// What an operator sees of the durable runtime (event ids 2005 for its sweep, 4000–4099 for refusals): instance ids and
/// command kinds, no personal data.
/// </summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 2005, EventName = "RetentionSwept", Level = LogLevel.Information,
        Message = "Retention: {Removed} ended instances removed ({Mode}, older than {Years} years), run by {Actor}")]
    public static partial void RetentionSwept(ILogger logger, int removed, string mode, int years, string actor);

    [LoggerMessage(EventId = 4001, EventName = "StaleCommandRefused", Level = LogLevel.Information,
        Message = "{Command} on instance {InstanceId} refused: the instance changed meanwhile (revision {Revision}, attempt {Attempt})")]
    public static partial void StaleCommandRefused(ILogger logger, string command, string instanceId, long revision, int attempt);

    [LoggerMessage(EventId = 4002, EventName = "ConcurrentStepRetried", Level = LogLevel.Debug,
        Message = "{Command} on instance {InstanceId} met a concurrent step (attempt {Attempt}); running it again on the fresh state")]
    public static partial void ConcurrentStepRetried(ILogger logger, string command, string instanceId, int attempt);
}
