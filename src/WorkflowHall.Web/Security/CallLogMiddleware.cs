using System.Diagnostics;

namespace WorkflowHall.Web.Security;

/// <summary>
/// Logs every call with the authenticated actor, and puts the actor in the logging scope of everything the
/// call logs. The path only, with personal numbers masked (<see cref="LoggedPath"/>): never the query string
/// or the body, where forms and lookups carry ID numbers and phones.
/// </summary>
internal sealed class CallLogMiddleware(RequestDelegate next, ILogger<CallLogMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var actor = context.User.Identity is { IsAuthenticated: true, Name: { } name } ? name : "anonymous";
        using var scope = logger.BeginScope(new Dictionary<string, object> { ["Actor"] = actor });
        var started = Stopwatch.GetTimestamp();
        int? failed = null;
        string? refused = null;
        try
        {
            await next(context);
        }
        catch (BadHttpRequestException e)
        {
            // A body the server would not read or bind (too large, not JSON): the client's error, answered with its status.
            failed = e.StatusCode;
            refused = e.Message;
            throw;
        }
        catch
        {
            failed = StatusCodes.Status500InternalServerError; // the exception handler further out turns it into a 500
            throw;
        }
        finally
        {
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            var path = LoggedPath.Mask(context.Request.Path.Value);
            if (refused is not null)
            {
                Log.CallRefused(logger, actor, context.Request.Method, path, failed, elapsed, refused);
            }
            else
            {
                Log.Call(logger, actor, context.Request.Method, path, failed ?? context.Response.StatusCode, elapsed);
            }
        }
    }
}
