using Microsoft.Extensions.Logging;

namespace WorkflowHall.Data.Integrity;

/// <summary>Tampering found (event ids 5000–5099): a trail or the supervision log that no longer matches what was signed.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 5001, EventName = "TrailDoesNotHold", Level = LogLevel.Warning,
        Message = "The trail of instance {InstanceId} does not match its signed checkpoints: {Problem}")]
    public static partial void TrailDoesNotHold(ILogger logger, string instanceId, string problem);

    [LoggerMessage(EventId = 5002, EventName = "SupervisionLogDoesNotHold", Level = LogLevel.Warning,
        Message = "The supervision log does not match its signed checkpoints: {Problem}")]
    public static partial void SupervisionLogDoesNotHold(ILogger logger, string problem);
}
