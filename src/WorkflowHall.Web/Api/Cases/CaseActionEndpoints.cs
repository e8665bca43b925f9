using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using WorkflowHall.Data;
using WorkflowHall.Data.Cases;
using WorkflowHall.Data.Records.Hall;
using WorkflowHall.Domain.Cases;
using WorkflowHall.Engine.Execution;
using WorkflowHall.Web.Api.Problems;
using WorkflowHall.Web.Security;

namespace WorkflowHall.Web.Api.Cases;

/// <summary>Acts on a case by its number, through the case service and its rules: the API's door to what the pages do.</summary>
public static class CaseActionEndpoints
{
    public static RouteGroupBuilder MapCaseActionEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/cases/{caseNumber}/actions").WithTags("Cases")
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("", ActsAsync)
            .WithSummary("当前可办理的操作 / The acts the caller may do to the case now")
            .WithDescription("按办件规则：步骤所在单位或其上级单位的对应岗位、被指派人，或（撤回、补正）申请人本人及其代办员。 / "
                + "As the case rules say: the step's post in its unit or a unit above it, its assignee, or (withdraw, supplement) the applicant and their agent.");
        group.MapPost("", ActAsync)
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithSummary("办理办件（受理、补正告知、审核、审批、发证、特别程序、延期、撤回…） / Act on a case")
            .WithDescription("与工作台页面相同的规则和写入：不予受理、不予许可须写明 reason 和 legalBasis；补正告知列明 items，只能一次；撤回须说明理由；"
                + "延期 1–10 个工作日，由机关负责人（approvedBy）批准，只能一次。 / The same rules and writes as the workbench: refusals need reason and legalBasis; "
                + "the one supplement notice lists its items; a withdrawal needs its reason; the one extension is 1–10 working days approved by the agency head (approvedBy).");
        return group;
    }

    private static async Task<Results<Ok<CaseActsResponse>, ProblemHttpResult>> ActsAsync(string caseNumber, ClaimsPrincipal user, CaseActions actions,
        ApiCallers callers, IDbContextFactory<HallDbContext> contexts, CancellationToken cancellationToken)
    {
        var found = await FindAsync(caseNumber, user, callers, contexts, cancellationToken);
        if (found.Problem is { } problem) return problem;
        var acts = await actions.ActsForAsync(found.Case!, found.State!, user.Actor(), cancellationToken);
        return TypedResults.Ok(new CaseActsResponse(caseNumber, acts));
    }

    private static async Task<Results<Ok<CaseActionResponse>, ProblemHttpResult>> ActAsync(string caseNumber, CaseActionRequest body, ClaimsPrincipal user,
        CaseActions actions, ApiCallers callers, IDbContextFactory<HallDbContext> contexts, CancellationToken cancellationToken)
    {
        var found = await FindAsync(caseNumber, user, callers, contexts, cancellationToken);
        if (found.Problem is { } problem) return problem;
        var request = new CaseRequest(body.Act, user.Actor())
        {
            WorkItemId = body.WorkItemId, Opinion = body.Opinion, Reason = body.Reason, LegalBasis = body.LegalBasis, Items = body.Items ?? [],
            ProcedureKind = body.ProcedureKind, Result = body.Result, Days = body.Days ?? 0, ApprovedBy = body.ApprovedBy,
        };
        var result = await actions.ActAsync(found.Case!.Id, request, body.ExpectedRevision, cancellationToken);
        if (!result.Succeeded) return HallProblems.Refusal(CaseActionStatus.For(result.Error!), result.Error!);

        var c = result.Value!;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var revision = await db.Instances.AsNoTracking().Where(i => i.Id == c.Id).Select(i => i.Revision).SingleAsync(cancellationToken);
        var certificate = await db.Certificates.AsNoTracking().Where(x => x.CaseId == c.Id).Select(x => x.Identifier).FirstOrDefaultAsync(cancellationToken);
        var status = Enum.TryParse<CaseStatus>(c.Status, out var known) ? known.Chinese() : c.Status;
        return TypedResults.Ok(new CaseActionResponse(c.CaseNumber, c.Status, status, revision)
        {
            AcceptedAt = StoredTime.FromStored(c.AcceptedAt),
            DecidedAt = StoredTime.FromStored(c.DecidedAt),
            ClosedAt = StoredTime.FromStored(c.ClosedAt),
            CertificateIdentifier = certificate,
        });
    }

    /// <summary>
    /// The case, for a caller with some relation to it (its unit or above, its village's agent, its applicant or agent, an
    /// administrator); to anyone else the case answers 403 before any rule tells them about its steps.
    /// </summary>
    private static async Task<(CaseRecord? Case, InstanceState? State, ProblemHttpResult? Problem)> FindAsync(string caseNumber, ClaimsPrincipal user,
        ApiCallers callers, IDbContextFactory<HallDbContext> contexts, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var c = await db.Cases.AsNoTracking().SingleOrDefaultAsync(r => r.CaseNumber == caseNumber, cancellationToken);
        var instance = c is null ? null : await db.Instances.AsNoTracking().SingleOrDefaultAsync(i => i.Id == c.Id, cancellationToken);
        if (c is null || instance is null) return (null, null, HallProblems.NotFound($"没有办件 {caseNumber}", $"There is no case {caseNumber}"));
        var caller = await callers.GetAsync(user, cancellationToken);
        var related = caller.MayHandle(c.HandlingUnit) || (caller.IsClerk && caller.IsIn(c.ApplicantVillage))
            || caller.Actor == c.ApplicantUserName || caller.Actor == c.AgentUserName;
        return related ? (c, InstanceStateJson.Deserialize(instance.StateJson), null)
            : (null, null, HallProblems.Forbidden($"无权办理办件 {caseNumber}", $"You may not act on case {caseNumber}"));
    }
}
