using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Antiforgery;
using WorkflowHall.Data.Runtime;
using WorkflowHall.Web.Components.Shared;
using WorkflowHall.Web.Security;

namespace WorkflowHall.Web.Admin.Workflows;

/// <summary>
/// What the designer island calls besides its page: save the diagram as the draft, publish the draft with a
/// note, and download a version's file. Cookie login, administrators only (403 for anyone else), and the
/// page's antiforgery token on every post (sent by the island in the <c>RequestVerificationToken</c> header).
/// </summary>
internal static class DesignerEndpoints
{
    public const string Root = "/admin/workflows";

    public static string PagePath(string key) => $"{Root}/{Uri.EscapeDataString(key)}";
    public static string DraftPath(string key) => $"{PagePath(key)}/draft";
    public static string PublishPath(string key) => $"{PagePath(key)}/publish";
    public static string VersionFilePath(string key, int version) => $"{PagePath(key)}/versions/{version}/bpmn";

    public static void MapDesignerEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup(Root + "/{key}").RequireAuthorization().AddEndpointFilter(AdministratorsOnly);
        group.MapPost("/draft", SaveDraftAsync);
        group.MapPost("/publish", PublishAsync);
        group.MapGet("/versions/{version:int}/bpmn", DownloadAsync);
    }

    private static async ValueTask<object?> AdministratorsOnly(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (!http.User.IsInRole(HallRoles.Admin))
        {
            return Refused(StatusCodes.Status403Forbidden, "只有系统管理员可以设计和发布流程", "Only administrators may design and publish workflows");
        }
        if (HttpMethods.IsPost(http.Request.Method))
        {
            try
            {
                await http.RequestServices.GetRequiredService<IAntiforgery>().ValidateRequestAsync(http);
            }
            catch (AntiforgeryValidationException)
            {
                return Refused(StatusCodes.Status400BadRequest, "页面已过期，请刷新页面后重试（未保存的修改请先导出）",
                    "The page has expired; reload it and try again (export unsaved changes first)");
            }
        }
        return await next(context);
    }

    private static async Task<IResult> SaveDraftAsync(string key, DraftBody body, DefinitionStore definitions, ClaimsPrincipal user,
        CancellationToken cancellationToken)
    {
        var result = await definitions.SaveDraftAsync(body.Bpmn ?? "", user.Actor(), key, cancellationToken);
        var problems = DesignerProblem.From(result.Import.Problems);
        return result.Draft is { } draft
            ? TypedResults.Ok(new DraftReply(true, draft.Revision, null, problems))
            : TypedResults.UnprocessableEntity(new DraftReply(false, null, ReaderLanguage.Pick("流程文件无法读取，未保存", "The BPMN file cannot be read; nothing was saved"), problems));
    }

    private static async Task<IResult> PublishAsync(string key, PublishBody body, DefinitionStore definitions, ClaimsPrincipal user,
        CancellationToken cancellationToken)
    {
        var note = string.IsNullOrWhiteSpace(body.Note) ? null : body.Note.Trim();
        var outcome = await definitions.PublishAsync(key, user.Actor(), note, cancellationToken);
        if (outcome.Published is { } published) return TypedResults.Ok(new PublishReply(published.Version, null, []));
        return TypedResults.UnprocessableEntity(new PublishReply(null,
            ReaderLanguage.Pick($"草稿有 {outcome.Problems.Length} 个问题，未发布", $"The draft has {outcome.Problems.Length} problem(s); it was not published"),
            DesignerProblem.From(outcome.Problems)));
    }

    private static async Task<IResult> DownloadAsync(string key, int version, DefinitionStore definitions, CancellationToken cancellationToken) =>
        await definitions.GetAsync(key, version, cancellationToken) is { } published
            ? TypedResults.File(Encoding.UTF8.GetBytes(published.Record.Bpmn), "application/xml", $"{key}-v{version}.bpmn")
            : Refused(StatusCodes.Status404NotFound, $"流程 \"{key}\" 没有第 {version} 版", $"Definition \"{key}\" has no version {version}");

    private static IResult Refused(int status, string zh, string en) =>
        TypedResults.Json(new PublishReply(null, ReaderLanguage.Pick(zh, en), []), statusCode: status);
}
