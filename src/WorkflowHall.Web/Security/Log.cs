namespace WorkflowHall.Web.Security;

/// <summary>The call log (event ids 4100–4109; ranges on <c>Scheduling.Log</c>): actor, method, masked path, status; never a query or a body.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 4100, EventName = "Call", Level = LogLevel.Information,
        Message = "{Actor} {Method} {Path} -> {Status} in {Elapsed:0} ms")]
    public static partial void Call(ILogger logger, string actor, string method, string path, int status, double elapsed);

    [LoggerMessage(EventId = 4101, EventName = "CallRefused", Level = LogLevel.Warning,
        Message = "{Actor} {Method} {Path} -> {Status} in {Elapsed:0} ms: request refused: {Reason}")]
    public static partial void CallRefused(ILogger logger, string actor, string method, string path, int? status, double elapsed, string reason);
}
