using Microsoft.Extensions.Logging;

namespace WorkflowHall.Data.Runtime.ServiceCalls;

/// <summary>What an operator sees of service calls (event ids 3000–3099). Instance ids and step ids only, no personal data.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 3001, EventName = "ServiceCallFailed", Level = LogLevel.Warning,
        Message = "Service call {Handler} at step {NodeId} of instance {InstanceId} failed (attempt {Attempt} of {MaxAttempts}); next attempt at {NextAttemptAt:O}")]
    public static partial void ServiceCallFailed(ILogger logger, Exception exception, string handler, string nodeId, string instanceId, int attempt, int maxAttempts,
        DateTime nextAttemptAt);

    [LoggerMessage(EventId = 3002, EventName = "ServiceCallIncident", Level = LogLevel.Error,
        Message = "Service call {Handler} at step {NodeId} of instance {InstanceId} failed {Attempts} times and is now an incident; it is not retried until an administrator retries it (/admin/incidents)")]
    public static partial void ServiceCallIncident(ILogger logger, Exception exception, string handler, string nodeId, string instanceId, int attempts);

    [LoggerMessage(EventId = 3003, EventName = "ServiceCallRetriedByAdministrator", Level = LogLevel.Information,
        Message = "Incident of service call {Handler} at step {NodeId} of instance {InstanceId} retried by {Actor}")]
    public static partial void RetriedByAdministrator(ILogger logger, string handler, string nodeId, string instanceId, string actor);
}
