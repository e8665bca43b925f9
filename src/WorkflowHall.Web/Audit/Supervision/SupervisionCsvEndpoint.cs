using System.Globalization;
using Microsoft.Net.Http.Headers;
using WorkflowHall.Data.Organisations;
using WorkflowHall.Data.Supervision;
using WorkflowHall.Engine.Time;

namespace WorkflowHall.Web.Audit.Supervision;

/// <summary>
/// The filtered log as a CSV download, streamed page by page as <see cref="SupervisionQueries.WriteCsvAsync"/>
/// writes it (UTF-8 with a byte-order mark, so Excel reads the Chinese), to those with a supervision reach.
/// </summary>
internal static class SupervisionCsvEndpoint
{
    public const string Route = "/audit/supervision/export.csv";

    public static void Map(IEndpointRouteBuilder routes) => routes.MapGet(Route, ExportAsync);

    private static async Task ExportAsync(HttpContext http, SupervisionReader reader, HallDirectory directory, SupervisionQueries queries,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        if (await reader.ReachAsync(cancellationToken) is not { } reach)
        {
            http.Response.StatusCode = StatusCodes.Status403Forbidden;
            http.Response.ContentType = "text/plain; charset=utf-8";
            await http.Response.WriteAsync("无权查看监察日志 / You may not read the supervision log", cancellationToken);
            return;
        }
        var filter = SupervisionLogRequest.Read(http.Request.Query).ToFilter(reach, await directory.GetAsync(cancellationToken));
        var disposition = new ContentDispositionHeaderValue("attachment");
        var stamp = HallTime.Now(clock).ToString("yyyyMMdd-HHmm", CultureInfo.InvariantCulture);
        disposition.SetHttpFileName($"监察日志-supervision-log-{stamp}.csv");
        http.Response.ContentType = "text/csv; charset=utf-8";
        http.Response.Headers.ContentDisposition = disposition.ToString();
        http.Response.Headers.CacheControl = "private, no-store";
        await queries.WriteCsvAsync(filter, http.Response.Body, cancellationToken);
    }
}
