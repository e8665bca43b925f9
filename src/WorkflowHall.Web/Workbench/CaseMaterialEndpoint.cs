using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;
using WorkflowHall.Data;
using WorkflowHall.Data.Materials;
using WorkflowHall.Data.Organisations;
using WorkflowHall.Domain.Identity;
using WorkflowHall.Engine.Execution;
using WorkflowHall.Web.Accounts;
using WorkflowHall.Web.Security;

namespace WorkflowHall.Web.Workbench;

/// <summary>
/// A case's uploaded material for preview in the browser, to those who may open the case and its materials (not its filing agent): shown inline,
/// typed by its file name among the kinds the store accepts (anything else is a download), never sniffed.
/// </summary>
internal static class CaseMaterialEndpoint
{
    public const string Route = "/workbench/cases/{caseNumber}/materials/{materialId:long}";

    private static readonly Dictionary<string, string> Previewable = new(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = "application/pdf",
        [".png"] = "image/png",
        [".jpg"] = "image/jpeg",
        [".jpeg"] = "image/jpeg",
    };

    public static string UrlOf(string caseNumber, long materialId) => $"/workbench/cases/{Uri.EscapeDataString(caseNumber)}/materials/{materialId}";

    public static bool IsImage(string? fileName) => Previewable.TryGetValue(Path.GetExtension(fileName ?? ""), out var type) && type.StartsWith("image/");

    public static void Map(IEndpointRouteBuilder routes) =>
        routes.MapGet(Route, ServeAsync)
            .RequireAuthorization(new AuthorizeAttribute { Roles = $"{HallRoles.Clerk},{HallRoles.Admin},{HallRoles.Auditor}" });

    private static async Task<IResult> ServeAsync(string caseNumber, long materialId, HttpContext http, CurrentHallUser current,
        IDbContextFactory<HallDbContext> contexts, HallDirectory directory, MaterialStore store, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var c = await db.Cases.AsNoTracking().SingleOrDefaultAsync(x => x.CaseNumber == caseNumber, cancellationToken);
        if (c is null) return Results.NotFound();
        var instance = await db.Instances.AsNoTracking().SingleOrDefaultAsync(i => i.Id == c.Id, cancellationToken);
        var state = instance is null ? null : InstanceStateJson.Deserialize(instance.StateJson);
        var relation = CaseAccess.RelationOf(await current.GetAsync(cancellationToken), c, await directory.GetAsync(cancellationToken), state);
        if (relation == CaseRelation.None)
        {
            return Results.Text("无权查看此办件 / You may not view this case", "text/plain; charset=utf-8", statusCode: StatusCodes.Status403Forbidden);
        }
        if (!PersonalDataView.For(relation).MayOpenMaterials)
        {
            // A filing agent's part ends with the filing: the villager's papers are for those who handle the case.
            return Results.Text("申请材料仅供办理人员查看 / The materials are for those who handle the case", "text/plain; charset=utf-8",
                statusCode: StatusCodes.Status403Forbidden);
        }
        var material = await db.CaseMaterials.AsNoTracking().SingleOrDefaultAsync(m => m.Id == materialId && m.CaseId == c.Id, cancellationToken);
        if (material?.Sha256 is not { } sha || store.Open(sha) is not { } content) return Results.NotFound();

        var fileName = material.FileName ?? material.MaterialName;
        var previewable = Previewable.TryGetValue(Path.GetExtension(fileName), out var contentType);
        var disposition = new ContentDispositionHeaderValue(previewable ? "inline" : "attachment");
        disposition.SetHttpFileName(fileName);
        var headers = http.Response.Headers;
        headers.ContentDisposition = disposition.ToString();
        headers.XContentTypeOptions = "nosniff";
        // Personal data: kept by the browser for this user only, never by a shared cache.
        headers.CacheControl = "private, no-store";
        return Results.Stream(content, previewable ? contentType : "application/octet-stream");
    }
}
