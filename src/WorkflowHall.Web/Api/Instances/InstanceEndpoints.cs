using System.Collections.Immutable;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using WorkflowHall.Data;
using WorkflowHall.Data.Organisations;
using WorkflowHall.Data.Integrity;
using WorkflowHall.Data.Runtime;
using WorkflowHall.Domain.Cases;
using WorkflowHall.Engine.Execution;
using WorkflowHall.Engine.Execution.Commands;
using WorkflowHall.Engine.Versions;
using WorkflowHall.Web.Api.Migrations;
using WorkflowHall.Web.Api.Problems;
using WorkflowHall.Web.Security;

namespace WorkflowHall.Web.Api.Instances;

/// <summary>Instances: start, read with trail, verify the trail, withdraw, migrate one instance.</summary>
public static class InstanceEndpoints
{
    public static RouteGroupBuilder MapInstanceEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/instances").WithTags("Instances")
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        group.MapPost("", StartAsync).RequireAuthorization(policy => policy.RequireRole(HallRoles.Admin, HallRoles.Integration))
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .WithSummary("启动流程实例（管理员、对接系统） / Start a bare instance on the latest active version (administrators, integrations)")
            .WithDescription("仅管理员和持 integration 角色的对接系统可用，且只能在其密钥所列单位（及下级单位）启动。承办单位须在组织机构中；"
                + $"变量最多 {StartVariableRules.MaxBytes / 1024} KB、{StartVariableRules.MaxCount} 个、嵌套 {StartVariableRules.MaxDepth} 层，并按流程声明的类型校验。"
                + "事项所用流程的办件只能由申请人通过申请启动（/matters/{code}/apply），申请人和窗口人员不能启动流程实例。 / "
                + "For administrators and integrations (role integration) only, within the units their key names and the units below them. The handling unit must be in the "
                + $"organisation tree; variables are at most {StartVariableRules.MaxBytes / 1024} KB, {StartVariableRules.MaxCount} in number and {StartVariableRules.MaxDepth} levels deep, "
                + "and typed as the definition declares them. A matter's workflow starts only from an application (/matters/{code}/apply); applicants and clerks start no instances.");
        group.MapGet("/{id}", GetAsync).WithSummary("办件详情（含留痕） / An instance with its work items and trail")
            .WithDescription("本单位窗口人员、管理员、审计员，或申请人本人。 / Clerks of its unit, administrators, auditors, or whoever started it.");
        group.MapPost("/{id}/verify", VerifyAsync).RequireAuthorization(HallPolicies.Staff)
            .WithSummary("校验留痕：哈希链、重放与签名检查点 / Verify the trail: hash chain, replay and signed checkpoints");
        group.MapPost("/{id}/withdraw", WithdrawAsync).WithSummary("撤回申请 / Withdraw the application")
            .WithDescription("办件：申请人本人或其代办员，在作出决定前，须说明理由（reason），办件状态随之更新。其他流程实例：启动者，或本单位窗口人员、管理员。 / "
                + "A case: its applicant or their agent, before a decision, with a reason; the case's status follows. Other instances: whoever started it, or clerks of its unit and administrators.");
        group.MapPost("/{id}/migrate", MigrateAsync).RequireAuthorization(HallPolicies.Admin)
            .WithSummary("迁移办件到其他版本（默认试运行） / Migrate the instance to another version (dry run by default)");
        return group;
    }

    private static async Task<Results<Created<InstanceResponse>, ProblemHttpResult>> StartAsync(StartInstanceRequest body, ClaimsPrincipal user,
        WorkflowRuntime runtime, InstanceViews views, ApiCallers callers, HallDirectory directory, DefinitionStore definitions,
        IDbContextFactory<HallDbContext> contexts, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(body.HandlingUnit))
        {
            return Refused(StatusCodes.Status422UnprocessableEntity, "instance.unit", "请指定承办单位（handlingUnit）", "Give the handling unit (handlingUnit)", "handlingUnit");
        }
        if ((await directory.GetAsync(cancellationToken)).Find(body.HandlingUnit) is null)
        {
            return Refused(StatusCodes.Status422UnprocessableEntity, "instance.unit", $"承办单位 \"{body.HandlingUnit}\" 不在组织机构中",
                $"Handling unit \"{body.HandlingUnit}\" is not in the organisation tree", "handlingUnit");
        }
        if (!(await callers.GetAsync(user, cancellationToken)).Reaches(body.HandlingUnit)) return InstanceAccessFilter.NotYourUnit(body.HandlingUnit);
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            var matter = await db.Matters.AsNoTracking().Where(m => m.WorkflowKey == body.DefinitionKey).Select(m => m.ImplementationCode).FirstOrDefaultAsync(cancellationToken);
            if (matter is not null)
            {
                return Refused(StatusCodes.Status409Conflict, "instance.matter",
                    $"流程 \"{body.DefinitionKey}\" 是事项 {matter} 的办理流程，办件只能通过申请启动：/matters/{matter}/apply",
                    $"Definition \"{body.DefinitionKey}\" is the workflow of matter {matter}; its cases start only from an application: /matters/{matter}/apply", "definitionKey");
            }
        }
        var definition = await definitions.LatestAsync(body.DefinitionKey, cancellationToken);
        if (StartVariableRules.Check(body.Variables, definition?.Definition.Variables ?? []) is var (status, error)) return HallProblems.Refusal(status, error);

        var outcome = await runtime.StartAsync(new StartRequest(body.DefinitionKey, user.Actor())
        {
            HandlingUnit = body.HandlingUnit,
            BusinessKey = body.BusinessKey,
            Variables = RequestVariables.ToEngine(body.Variables),
        }, cancellationToken);
        if (!outcome.IsAccepted) return HallProblems.Outcome(outcome);

        var state = outcome.State!;
        var record = await runtime.FindAsync(state.InstanceId, cancellationToken);
        return TypedResults.Created($"/api/instances/{state.InstanceId}", views.Instance(record!, state, trail: null));
    }

    private static async Task<Results<Ok<InstanceResponse>, ProblemHttpResult>> GetAsync(string id, WorkflowRuntime runtime, InstanceViews views,
        ClaimsPrincipal user, ApiCallers callers, CancellationToken cancellationToken, bool trail = true)
    {
        if (await runtime.FindAsync(id, cancellationToken) is not { } record) return InstanceNotFound(id);
        if (!(await callers.GetAsync(user, cancellationToken)).MayRead(record.HandlingUnit, record.StartedBy)) return NotYours(id);
        if (StoredInstanceState.TryRead(record, out var unreadable) is not { } state) return HallProblems.StateUnreadable(id, unreadable!);
        var events = trail ? await runtime.TrailAsync(id, cancellationToken) : null;
        return TypedResults.Ok(views.Instance(record, state, events));
    }

    private static async Task<Results<Ok<VerificationResponse>, ProblemHttpResult>> VerifyAsync(string id, WorkflowRuntime runtime,
        DefinitionStore definitions, CheckpointVerifier checkpoints, ClaimsPrincipal user, ApiCallers callers, CancellationToken cancellationToken)
    {
        if (await runtime.FindAsync(id, cancellationToken) is not { } record) return InstanceNotFound(id);
        if (!(await callers.GetAsync(user, cancellationToken)).MayRead(record.HandlingUnit, startedBy: "")) return NotYours(id);
        var trail = await runtime.TrailAsync(id, cancellationToken);
        return TypedResults.Ok(await TrailReplay.VerifyAsync(record, trail, definitions, checkpoints, cancellationToken));
    }

    private static async Task<Results<Ok<CommandResponse>, ProblemHttpResult>> WithdrawAsync(string id, WithdrawRequest? body, ClaimsPrincipal user,
        CommandSender sender, WorkflowRuntime runtime, ApiCallers callers, CancellationToken cancellationToken)
    {
        if (await runtime.FindAsync(id, cancellationToken) is { } record)
        {
            var caller = await callers.GetAsync(user, cancellationToken);
            if (!caller.MayHandle(record.HandlingUnit) && record.StartedBy != caller.Actor) return NotYours(id);
        }
        return await sender.SendAsync(id, new WithdrawInstance(user.Actor()) { Reason = body?.Reason, ExpectedRevision = body?.ExpectedRevision }, cancellationToken,
            new CaseRequest(CaseActs.Withdraw, user.Actor()) { Reason = body?.Reason });
    }

    private static async Task<Results<Ok<MigrationReportResponse>, ProblemHttpResult>> MigrateAsync(string id, MigrateInstanceRequest body,
        ClaimsPrincipal user, WorkflowRuntime runtime, DefinitionStore definitions, CancellationToken cancellationToken)
    {
        if (await runtime.FindAsync(id, cancellationToken) is not { } record) return InstanceNotFound(id);
        var from = await definitions.GetAsync(record.DefinitionKey, record.DefinitionVersion, cancellationToken);
        if (await definitions.GetAsync(record.DefinitionKey, body.ToVersion, cancellationToken) is not { } to)
        {
            return HallProblems.NotFound($"流程 \"{record.DefinitionKey}\" 没有第 {body.ToVersion} 版", $"Definition \"{record.DefinitionKey}\" has no version {body.ToVersion}");
        }

        var plan = new MigrateInstance(user.Actor(), body.ToVersion)
        {
            NodeMapping = ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, body.NodeMapping ?? []),
            Reason = body.Reason,
        };
        var problems = InstanceMigrator.Check(from!.Definition, to.Definition, InstanceStateJson.Deserialize(record.StateJson), plan)
            .Select(p => new InstanceMigrationProblem(id, p)).ToImmutableArray();
        if (body.DryRun) return TypedResults.Ok(MigrationReportResponse.From(new MigrationReport(1, 0, problems), dryRun: true));
        if (!problems.IsEmpty) return HallProblems.Migration(problems);

        var outcome = await runtime.ExecuteAsync(id, plan, cancellationToken);
        return outcome.IsAccepted
            ? TypedResults.Ok(MigrationReportResponse.From(new MigrationReport(1, 1, []), dryRun: false))
            : HallProblems.Outcome(outcome);
    }

    private static ProblemHttpResult Refused(int status, string code, string messageZh, string messageEn, string target) =>
        HallProblems.Refusal(status, new HallError(code, messageZh, messageEn) { Target = target });

    private static ProblemHttpResult NotYours(string id) =>
        HallProblems.Forbidden($"无权查看或办理办件 {id}", $"You may not see or act on instance {id}");

    private static ProblemHttpResult InstanceNotFound(string id) => HallProblems.NotFound($"没有办件 {id}", $"There is no instance {id}");
}
