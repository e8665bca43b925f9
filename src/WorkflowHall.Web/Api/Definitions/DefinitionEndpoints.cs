using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using WorkflowHall.Data.Runtime;
using WorkflowHall.Engine.Bpmn;
using WorkflowHall.Web.Api.Problems;
using WorkflowHall.Web.Security;

namespace WorkflowHall.Web.Api.Definitions;

/// <summary>Definitions: import a draft, validate, publish, retire, list, read, export and compare versions.</summary>
public static class DefinitionEndpoints
{
    public static RouteGroupBuilder MapDefinitionEndpoints(this IEndpointRouteBuilder routes)
    {
        // Reading is for the hall's staff; importing, publishing and retiring for administrators.
        var group = routes.MapGroup("/api/definitions").WithTags("Definitions").RequireAuthorization(HallPolicies.Staff)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        group.MapPost("", ImportAsync).RequireAuthorization(HallPolicies.Admin).Accepts<string>(BpmnUpload.XmlContentTypes[0], [.. BpmnUpload.XmlContentTypes[1..], "multipart/form-data"])
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .WithSummary("导入 BPMN 为草稿 / Import a BPMN file as the draft of its process")
            .WithDescription("Body: the BPMN XML (application/xml, text/xml) or a multipart form with the file. A draft may have problems; an unreadable file is refused with 422.");
        group.MapPost("/validate", ValidateAsync).RequireAuthorization(HallPolicies.Admin).Accepts<string>(BpmnUpload.XmlContentTypes[0], [.. BpmnUpload.XmlContentTypes[1..], "multipart/form-data"])
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .WithSummary("校验 BPMN（不保存） / Validate a BPMN file without saving it");
        group.MapPost("/{key}/publish", PublishAsync).RequireAuthorization(HallPolicies.Admin)
            .WithSummary("发布草稿为新版本 / Publish the draft as the next version");
        group.MapPost("/{key}/versions/{version:int}/retire", RetireAsync).RequireAuthorization(HallPolicies.Admin)
            .WithSummary("停用版本（新办件不再使用） / Retire a version: new instances no longer start on it");
        group.MapGet("", ListAsync).WithSummary("已发布的版本 / Published versions");
        group.MapGet("/{key}/versions/{version:int}", GetAsync).WithSummary("版本及其节点 / A version with its nodes and flows");
        group.MapGet("/{key}/versions/{version:int}/bpmn", ExportAsync).Produces<string>(StatusCodes.Status200OK, "application/xml")
            .WithSummary("导出版本的 BPMN 文件 / Export the version's BPMN file");
        group.MapGet("/{key}/compare", CompareAsync).WithSummary("比较两个版本 / Compare two versions");
        return group;
    }

    private static async Task<Results<Ok<DraftResponse>, ProblemHttpResult>> ImportAsync(HttpRequest request, string? processId,
        DefinitionStore definitions, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var (xml, problem) = await BpmnUpload.ReadAsync(request, cancellationToken);
        if (problem is not null) return problem;

        var result = await definitions.SaveDraftAsync(xml!, user.Actor(), processId, cancellationToken);
        if (result.Draft is not { } draft)
        {
            return HallProblems.Definition(HallProblems.DefinitionUnreadableCode, "流程文件无法读取，未保存", "The BPMN file cannot be read; nothing was saved",
                result.Import.Problems);
        }
        return TypedResults.Ok(DraftResponse.From(draft, result.Import.Problems.Select(ProblemItem.From).ToList()));
    }

    private static async Task<Results<Ok<ValidationResponse>, ProblemHttpResult>> ValidateAsync(HttpRequest request, string? processId,
        CancellationToken cancellationToken)
    {
        var (xml, problem) = await BpmnUpload.ReadAsync(request, cancellationToken);
        if (problem is not null) return problem;

        var import = BpmnReader.Read(xml!, processId);
        return TypedResults.Ok(new ValidationResponse(import.Definition?.Key ?? import.ProcessId, import.Succeeded,
            import.Problems.Select(ProblemItem.From).ToList()));
    }

    private static async Task<Results<Created<VersionResponse>, ProblemHttpResult>> PublishAsync(string key, PublishRequest? body,
        DefinitionStore definitions, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (await definitions.DraftAsync(key, cancellationToken) is null)
        {
            return HallProblems.NotFound($"流程 \"{key}\" 没有可发布的草稿", $"Definition \"{key}\" has no draft to publish");
        }
        var outcome = await definitions.PublishAsync(key, user.Actor(), body?.Note, cancellationToken);
        if (outcome.Published is not { } published)
        {
            return HallProblems.Definition(HallProblems.DefinitionInvalidCode,
                $"草稿有 {outcome.Problems.Length} 个问题，未发布", $"The draft has {outcome.Problems.Length} problem(s); it was not published", outcome.Problems);
        }
        return TypedResults.Created($"/api/definitions/{Uri.EscapeDataString(key)}/versions/{published.Version}", VersionResponse.From(published.Record));
    }

    private static async Task<Results<Ok<VersionResponse>, ProblemHttpResult>> RetireAsync(string key, int version,
        DefinitionStore definitions, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (!await definitions.RetireAsync(key, version, user.Actor(), cancellationToken)) return VersionNotFound(key, version);
        var record = (await definitions.VersionsAsync(key, cancellationToken)).Single(v => v.Version == version);
        return TypedResults.Ok(VersionResponse.From(record));
    }

    private static async Task<Ok<List<VersionResponse>>> ListAsync(string? key, DefinitionStore definitions, CancellationToken cancellationToken) =>
        TypedResults.Ok((await definitions.VersionsAsync(key, cancellationToken)).Select(VersionResponse.From).ToList());

    private static async Task<Results<Ok<VersionDetailResponse>, ProblemHttpResult>> GetAsync(string key, int version,
        DefinitionStore definitions, CancellationToken cancellationToken) =>
        await definitions.GetAsync(key, version, cancellationToken) is { } published
            ? TypedResults.Ok(VersionDetailResponse.From(published))
            : VersionNotFound(key, version);

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> ExportAsync(string key, int version,
        DefinitionStore definitions, CancellationToken cancellationToken) =>
        await definitions.GetAsync(key, version, cancellationToken) is { } published
            ? TypedResults.Text(published.Record.Bpmn, "application/xml", Encoding.UTF8)
            : VersionNotFound(key, version);

    private static async Task<Results<Ok<ComparisonResponse>, ProblemHttpResult>> CompareAsync(string key, int from, int to,
        DefinitionStore definitions, CancellationToken cancellationToken)
    {
        if (await definitions.CompareAsync(key, from, to, cancellationToken) is not { } diff)
        {
            var missing = await definitions.GetAsync(key, from, cancellationToken) is null ? from : to;
            return VersionNotFound(key, missing);
        }
        return TypedResults.Ok(ComparisonResponse.Of(key, from, to, diff));
    }

    private static ProblemHttpResult VersionNotFound(string key, int version) =>
        HallProblems.NotFound($"流程 \"{key}\" 没有第 {version} 版", $"Definition \"{key}\" has no version {version}");
}
