using System.Collections.Immutable;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using WorkflowHall.Data.Runtime;
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

        group.MapPost("", StartAsync).RequireAuthorization(policy => policy.RequireRole(HallRoles.Applicant, HallRoles.Agent, HallRoles.Clerk, HallRoles.Admin))
            .WithSummary("启动办件 / Start an instance on the latest active version")
            .WithDescription("申请人只能为本人申请（变量 applicant 须为本人）；窗口人员只能在本人岗位所在单位启动。 / "
                + "An applicant applies only for themselves (the variable applicant, if given, is the caller); a clerk starts only in a unit of their posts.");
        group.MapGet("/{id}", GetAsync).WithSummary("办件详情（含留痕） / An instance with its work items and trail")
            .WithDescription("本单位窗口人员、管理员、审计员，或申请人本人。 / Clerks of its unit, administrators, auditors, or whoever started it.");
        group.MapPost("/{id}/verify", VerifyAsync).RequireAuthorization(HallPolicies.Staff)
            .WithSummary("校验留痕：哈希链与重放 / Verify the trail: hash chain and replay");
        group.MapPost("/{id}/withdraw", WithdrawAsync).WithSummary("撤回申请 / Withdraw the application")
            .WithDescription("申请人本人，或本单位窗口人员、管理员。 / Whoever started it, or clerks of its unit and administrators.");
        group.MapPost("/{id}/migrate", MigrateAsync).RequireAuthorization(HallPolicies.Admin)
            .WithSummary("迁移办件到其他版本（默认试运行） / Migrate the instance to another version (dry run by default)");
        return group;
    }

    private static async Task<Results<Created<InstanceResponse>, ProblemHttpResult>> StartAsync(StartInstanceRequest body, ClaimsPrincipal user,
        WorkflowRuntime runtime, InstanceViews views, ApiCallers callers, CancellationToken cancellationToken)
    {
        var caller = await callers.GetAsync(user, cancellationToken);
        if (caller.ActsForThemselves && !user.IsInRole(HallRoles.Agent) && body.Variables?.GetValueOrDefault("applicant") is { ValueKind: System.Text.Json.JsonValueKind.String } named
            && named.GetString() != caller.Actor)
        {
            return HallProblems.Forbidden($"只能为本人申请，不能为 {named.GetString()} 申请", $"You may apply only for yourself, not for {named.GetString()}");
        }
        if (caller.IsClerk && !caller.IsAdmin && !caller.Reaches(body.HandlingUnit)) return InstanceAccessFilter.NotYourUnit(body.HandlingUnit);
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
        DefinitionStore definitions, ClaimsPrincipal user, ApiCallers callers, CancellationToken cancellationToken)
    {
        if (await runtime.FindAsync(id, cancellationToken) is not { } record) return InstanceNotFound(id);
        if (!(await callers.GetAsync(user, cancellationToken)).MayRead(record.HandlingUnit, startedBy: "")) return NotYours(id);
        var trail = await runtime.TrailAsync(id, cancellationToken);
        return TypedResults.Ok(await TrailReplay.VerifyAsync(record, trail, definitions, cancellationToken));
    }

    private static async Task<Results<Ok<CommandResponse>, ProblemHttpResult>> WithdrawAsync(string id, WithdrawRequest? body, ClaimsPrincipal user,
        CommandSender sender, WorkflowRuntime runtime, ApiCallers callers, CancellationToken cancellationToken)
    {
        if (await runtime.FindAsync(id, cancellationToken) is { } record)
        {
            var caller = await callers.GetAsync(user, cancellationToken);
            if (!caller.MayHandle(record.HandlingUnit) && record.StartedBy != caller.Actor) return NotYours(id);
        }
        return await sender.SendAsync(id, new WithdrawInstance(user.Actor()) { Reason = body?.Reason, ExpectedRevision = body?.ExpectedRevision }, cancellationToken);
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

    private static ProblemHttpResult NotYours(string id) =>
        HallProblems.Forbidden($"无权查看或办理办件 {id}", $"You may not see or act on instance {id}");

    private static ProblemHttpResult InstanceNotFound(string id) => HallProblems.NotFound($"没有办件 {id}", $"There is no instance {id}");
}
