using Microsoft.AspNetCore.Http.HttpResults;
using WorkflowHall.Data.Runtime;
using WorkflowHall.Engine.Execution;

namespace WorkflowHall.Web.Api.Problems;

/// <summary>
/// The one place where outcomes, rejections and definition problems become RFC 9457 problem details:
/// a Chinese title, the detail "中文 / English", and the extensions <c>code</c>, <c>elementId</c>,
/// <c>messageZh</c>, <c>messageEn</c> (plus <c>problems</c> for a validation list). Problems the
/// framework makes itself (401, 403, 500…) get their Chinese title in <see cref="Customize"/>.
/// </summary>
public static class HallProblems
{
    public const string NotFoundCode = "NotFound";
    public const string BadRequestCode = "BadRequest";
    public const string ForbiddenCode = "Forbidden";
    public const string UnsupportedMediaTypeCode = "UnsupportedMediaType";
    public const string TooLargeCode = "TooLarge";
    public const string StateUnreadableCode = "InstanceStateUnreadable";
    public const string DefinitionUnreadableCode = "DefinitionUnreadable";
    public const string DefinitionInvalidCode = "DefinitionInvalid";

    /// <summary>A command that was not accepted: not found → 404, lost a race → 409, refused by the engine → by its code.</summary>
    public static ProblemHttpResult Outcome(CommandOutcome outcome) => outcome.Kind switch
    {
        OutcomeKind.NotFound => Problem(StatusCodes.Status404NotFound, NotFoundCode,
            outcome.Rejection?.MessageZh ?? "未找到", outcome.Rejection?.MessageEn ?? "Not found", outcome.Rejection?.ElementId),
        OutcomeKind.Conflict => Rejection(outcome.Rejection
            ?? new CommandRejection(RejectionCode.StaleRevision, "办件刚被他人更新，请刷新后再操作", "The instance was just changed by someone else; reload and try again"),
            StatusCodes.Status409Conflict),
        OutcomeKind.Rejected when outcome.Rejection is { } rejection => Rejection(rejection),
        _ => throw new ArgumentException($"An outcome of kind {outcome.Kind} is not a problem.", nameof(outcome)),
    };

    public static ProblemHttpResult Rejection(CommandRejection rejection) => Rejection(rejection, StatusFor(rejection.Code));

    /// <summary>
    /// 409 when the request was fine but the case has moved on (someone else acted, the revision is old, the
    /// item is someone else's); 404 for a work item that never existed; 422 for a request the case cannot take.
    /// </summary>
    public static int StatusFor(RejectionCode code) => code switch
    {
        RejectionCode.WorkItemAlreadyClosed or RejectionCode.StaleRevision or RejectionCode.NotAssignee or RejectionCode.DelegationPending
            or RejectionCode.ClockAlreadyPaused or RejectionCode.ClockNotPaused or RejectionCode.ClockPaused or RejectionCode.AlreadyStarted
            or RejectionCode.InstanceNotRunning => StatusCodes.Status409Conflict,
        RejectionCode.WorkItemNotFound => StatusCodes.Status404NotFound,
        _ => StatusCodes.Status422UnprocessableEntity,
    };

    public static ProblemHttpResult NotFound(string messageZh, string messageEn) =>
        Problem(StatusCodes.Status404NotFound, NotFoundCode, messageZh, messageEn);

    public static ProblemHttpResult BadRequest(string messageZh, string messageEn) =>
        Problem(StatusCodes.Status400BadRequest, BadRequestCode, messageZh, messageEn);

    public static ProblemHttpResult Forbidden(string messageZh, string messageEn) =>
        Problem(StatusCodes.Status403Forbidden, ForbiddenCode, messageZh, messageEn);

    public static ProblemHttpResult UnsupportedMediaType(string messageZh, string messageEn) =>
        Problem(StatusCodes.Status415UnsupportedMediaType, UnsupportedMediaTypeCode, messageZh, messageEn);

    public static ProblemHttpResult TooLarge(string messageZh, string messageEn) =>
        Problem(StatusCodes.Status413PayloadTooLarge, TooLargeCode, messageZh, messageEn);

    /// <summary>
    /// An instance whose stored state no longer reads (edited in the database): 409, as the instance's own state is what
    /// stands in the way, with the reason and where in the state it lies; nothing the caller sends can mend it.
    /// </summary>
    public static ProblemHttpResult StateUnreadable(string instanceId, string reason) => Problem(StatusCodes.Status409Conflict, StateUnreadableCode,
        $"办件 {instanceId} 的存储状态无法读取（{reason}），可能在数据库中被改动，请管理员核查", $"The stored state of instance {instanceId} cannot be read ({reason}); it may have been changed in the database: an administrator should check it");

    /// <summary>A refusal of the hall's services (<see cref="Data.HallError"/>) with the status the caller chose; its target, when it names one, as <c>elementId</c>.</summary>
    public static ProblemHttpResult Refusal(int status, Data.HallError error) =>
        Problem(status, error.Code, error.MessageZh, error.MessageEn, error.Target);

    /// <summary>A definition that cannot be read or published: 422 with every problem in <c>problems</c>.</summary>
    public static ProblemHttpResult Definition(string code, string messageZh, string messageEn, IEnumerable<WorkflowHall.Engine.Validation.ValidationProblem> problems)
    {
        var items = problems.Select(ProblemItem.From).ToList();
        return Problem(StatusCodes.Status422UnprocessableEntity, code, messageZh, messageEn, items.FirstOrDefault()?.ElementId,
            new Dictionary<string, object?> { ["problems"] = items });
    }

    /// <summary>A migration plan that does not fit: 422 with every instance's problem in <c>problems</c>.</summary>
    public static ProblemHttpResult Migration(IEnumerable<InstanceMigrationProblem> problems)
    {
        var items = problems.Select(MigrationProblemItem.From).ToList();
        return Problem(StatusCodes.Status422UnprocessableEntity, nameof(RejectionCode.MigrationInvalid),
            $"迁移方案不适用于 {items.Select(p => p.InstanceId).Distinct().Count()} 个办件，共 {items.Count} 个问题",
            $"The migration plan does not fit {items.Select(p => p.InstanceId).Distinct().Count()} instance(s): {items.Count} problem(s)",
            items.FirstOrDefault()?.ElementId, new Dictionary<string, object?> { ["problems"] = items });
    }

    /// <summary>Gives problems made by the framework (401, 403, 404 of an unknown route, 500…) the same bilingual shape.</summary>
    public static void Customize(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        problem.Instance ??= context.HttpContext.Request.Path;
        problem.Extensions["traceId"] = context.HttpContext.TraceIdentifier;
        if (problem.Extensions.ContainsKey("code")) return;

        var status = problem.Status ?? context.HttpContext.Response.StatusCode;
        var (code, zh, en) = status switch
        {
            StatusCodes.Status400BadRequest => (BadRequestCode, "请求无效，请检查请求内容",
                context.Exception is BadHttpRequestException bad ? BindingMessage(bad) : problem.Detail ?? "The request is not valid"),
            StatusCodes.Status401Unauthorized => ("Unauthenticated", "未认证：请在 X-Api-Key 请求头中提供有效的密钥", "Not authenticated: send a valid key in the X-Api-Key header"),
            StatusCodes.Status403Forbidden => (ForbiddenCode, "无权执行此操作", "You are not allowed to do this"),
            StatusCodes.Status404NotFound => (NotFoundCode, "未找到", "Not found"),
            StatusCodes.Status405MethodNotAllowed => ("MethodNotAllowed", "不支持该请求方法", "The method is not allowed here"),
            StatusCodes.Status413PayloadTooLarge => (TooLargeCode, "请求内容超过服务器接受的上限", "The request body is larger than the server accepts"),
            StatusCodes.Status415UnsupportedMediaType => (UnsupportedMediaTypeCode, "不支持的内容类型", "The content type is not supported"),
            >= 500 => ("ServerError", "服务器处理请求时出错，请稍后重试或联系管理员", "The server failed to process the request; try again later or contact the administrator"),
            _ => ("Error", "请求出错", problem.Title ?? "The request failed"),
        };
        problem.Title = TitleFor(code);
        problem.Detail = $"{zh} / {en}";
        problem.Extensions["code"] = code;
        problem.Extensions["elementId"] = null;
        problem.Extensions["messageZh"] = zh;
        problem.Extensions["messageEn"] = en;
    }

    /// <summary>What could not be bound, with the JSON reader's reason when there is one (its position helps the caller).</summary>
    private static string BindingMessage(BadHttpRequestException bad) =>
        bad.InnerException is System.Text.Json.JsonException json ? $"{bad.Message} {json.Message}" : bad.Message;

    private static ProblemHttpResult Rejection(CommandRejection rejection, int status) =>
        Problem(status, rejection.Code.ToString(), rejection.MessageZh, rejection.MessageEn, rejection.ElementId);

    private static ProblemHttpResult Problem(int status, string code, string messageZh, string messageEn, string? elementId = null,
        IDictionary<string, object?>? more = null)
    {
        var extensions = new Dictionary<string, object?>
        {
            ["code"] = code,
            ["elementId"] = elementId,
            ["messageZh"] = messageZh,
            ["messageEn"] = messageEn,
        };
        foreach (var (name, value) in more ?? new Dictionary<string, object?>()) extensions[name] = value;
        return TypedResults.Problem($"{messageZh} / {messageEn}", statusCode: status, title: TitleFor(code), type: TypeFor(code), extensions: extensions);
    }

    private static string TypeFor(string code) => "urn:workflowhall:problem:" + code;

    private static string TitleFor(string code) => code switch
    {
        nameof(RejectionCode.InstanceNotRunning) => "办件已不在办理中",
        nameof(RejectionCode.AlreadyStarted) => "办件已存在",
        nameof(RejectionCode.StaleRevision) => "办件已被他人更新",
        nameof(RejectionCode.WorkItemNotFound) => "待办不存在",
        nameof(RejectionCode.WorkItemAlreadyClosed) => "待办已被办理",
        nameof(RejectionCode.NotAssignee) => "待办由他人办理",
        nameof(RejectionCode.ActionNotAllowed) => "本步骤不允许该操作",
        nameof(RejectionCode.DelegationPending) => "待办正在委派中",
        nameof(RejectionCode.InvalidReturnTarget) => "退回目标无效",
        nameof(RejectionCode.NotACountersign) => "本步骤不是会签",
        nameof(RejectionCode.InvalidSigner) => "会签人无效",
        nameof(RejectionCode.ClockAlreadyPaused) => "办理时限已暂停",
        nameof(RejectionCode.ClockNotPaused) => "办理时限未暂停",
        nameof(RejectionCode.ClockPaused) => "办理时限暂停中",
        nameof(RejectionCode.AlreadyHandled) => "已处理",
        nameof(RejectionCode.ExecutionError) => "流程执行出错",
        nameof(RejectionCode.InvalidCommand) => "无效的操作",
        nameof(RejectionCode.MigrationInvalid) => "迁移方案无效",
        NotFoundCode => "未找到",
        BadRequestCode => "请求无效",
        ForbiddenCode => "无权操作",
        UnsupportedMediaTypeCode => "不支持的内容类型",
        TooLargeCode => "请求内容过大",
        StateUnreadableCode => "办件数据无法读取",
        DefinitionUnreadableCode => "流程文件无法读取",
        DefinitionInvalidCode => "流程定义有问题",
        "Unauthenticated" => "未认证",
        "MethodNotAllowed" => "不支持的请求方法",
        "ServerError" => "服务器内部错误",
        _ => "请求出错",
    };
}
