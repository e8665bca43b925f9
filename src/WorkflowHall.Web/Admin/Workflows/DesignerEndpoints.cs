using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;
using WorkflowHall.Data.Runtime;
using WorkflowHall.Web.Api.Problems;
using WorkflowHall.Web.Security;

namespace WorkflowHall.Web.Admin.Workflows;

/// <summary>
/// What the designer island calls besides its page: save the diagram as the draft, publish the draft with a
/// note, and download a version's file. Cookie login, the administrators' policy, and the page's antiforgery
/// token on every post (sent by the island in the <c>RequestVerificationToken</c> header); refusals are problem
/// details, as everywhere else.
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
        // Sent to the login or the denied page like every other page door, though these speak JSON (which .NET 10 answers with a bare 401/403).
        var group = routes.MapGroup(Root + "/{key}").RequireAuthorization(HallPolicies.Admin).AllowCookieRedirect();
        group.MapPost("/draft", SaveDraftAsync).AddEndpointFilter(PageTokenRequired);
        group.MapPost("/publish", PublishAsync).AddEndpointFilter(PageTokenRequired);
        group.MapGet("/versions/{version:int}/bpmn", DownloadAsync);
    }

    /// <summary>The island posts JSON, which the framework's antiforgery (forms only) does not check: this does, with the page's token.</summary>
    private static async ValueTask<object?> PageTokenRequired(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        try
        {
            await http.RequestServices.GetRequiredService<IAntiforgery>().ValidateRequestAsync(http);
        }
        catch (AntiforgeryValidationException)
        {
            return HallProblems.BadRequest("页面已过期，请刷新页面后重试（未保存的修改请先导出）",
                "The page has expired; reload it and try again (export unsaved changes first)");
        }
        return await next(context);
    }

    private static async Task<Results<Ok<DraftReply>, ProblemHttpResult>> SaveDraftAsync(string key, DraftBody body, DefinitionStore definitions,
        ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var result = await definitions.SaveDraftAsync(body.Bpmn ?? "", user.Actor(), key, cancellationToken);
        if (result.Draft is not { } draft)
        {
            return HallProblems.Definition(HallProblems.DefinitionUnreadableCode, "流程文件无法读取，未保存", "The BPMN file cannot be read; nothing was saved",
                result.Import.Problems);
        }
        return TypedResults.Ok(new DraftReply(draft.Revision, ProblemItem.From(result.Import.Problems)));
    }

    private static async Task<Results<Ok<PublishReply>, ProblemHttpResult>> PublishAsync(string key, PublishBody body, DefinitionStore definitions,
        ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var note = string.IsNullOrWhiteSpace(body.Note) ? null : body.Note.Trim();
        var outcome = await definitions.PublishAsync(key, user.Actor(), note, cancellationToken);
        if (outcome.Published is not { } published)
        {
            return HallProblems.Definition(HallProblems.DefinitionInvalidCode,
                $"草稿有 {outcome.Problems.Length} 个问题，未发布", $"The draft has {outcome.Problems.Length} problem(s); it was not published", outcome.Problems);
        }
        return TypedResults.Ok(new PublishReply(published.Version));
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> DownloadAsync(string key, int version, DefinitionStore definitions,
        CancellationToken cancellationToken) =>
        await definitions.GetAsync(key, version, cancellationToken) is { } published
            ? TypedResults.File(Encoding.UTF8.GetBytes(published.Record.Bpmn), "application/xml", $"{key}-v{version}.bpmn")
            : HallProblems.NotFound($"流程 \"{key}\" 没有第 {version} 版", $"Definition \"{key}\" has no version {version}");
}
