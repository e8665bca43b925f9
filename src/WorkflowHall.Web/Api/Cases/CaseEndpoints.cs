using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using WorkflowHall.Data;
using WorkflowHall.Data.Identity;
using WorkflowHall.Data.Organisations;
using WorkflowHall.Data.Records.Hall;
using WorkflowHall.Domain.Cases;
using WorkflowHall.Domain.Identity;
using WorkflowHall.Web.Accounts;
using WorkflowHall.Web.Api.Problems;
using WorkflowHall.Web.Cases;
using WorkflowHall.Web.Security;

namespace WorkflowHall.Web.Api.Cases;

/// <summary>Cases of the hall for other systems: read one by its case number.</summary>
public static class CaseEndpoints
{
    public static RouteGroupBuilder MapCaseEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/cases").WithTags("Cases")
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/{caseNumber}", GetAsync)
            .WithSummary("办件状态（按办件编号） / A case by its number: status, open steps, due dates")
            .WithDescription("本单位（及上级单位）窗口人员、管理员、审计员，或申请人本人及其代办员。申请人的证件号码和电话一律打码；审计员和其他人员只看到姓氏。"
                + "办理人员和管理员需要完整信息时调用“查看完整信息”并说明理由，每次查看均留痕供审计。 / "
                + "Clerks of its unit (or a unit above it), administrators, auditors, or the applicant and their filing agent. "
                + "The applicant's number and phone are always masked, and auditors and other staff see the family name only; "
                + "handling clerks and administrators who need the full data call the reveal endpoint with a reason, and each reveal is recorded for the auditors.");
        group.MapPost("/{caseNumber}/applicant/reveal", RevealAsync)
            .WithSummary("查看完整信息（须说明理由，留痕） / Reveal the applicant's full ID number and phone (a reason is required and recorded)")
            .WithDescription("办理单位（及上级单位）的窗口人员和管理员。每次查看记录查看人、时间、办件和理由，审计员可在办件审计页查阅。 / "
                + "Clerks of the handling unit (or above) and administrators. Each reveal records who, when, which case and why; auditors see it on the case's audit page.")
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        return group;
    }

    private static async Task<Results<Ok<CaseResponse>, ProblemHttpResult>> GetAsync(string caseNumber, ClaimsPrincipal user, CaseDossierQuery dossiers,
        ApiCallers callers, HallDirectory directory, CurrentHallUser current, CancellationToken cancellationToken)
    {
        if (await dossiers.ByNumberAsync(caseNumber, cancellationToken) is not { } dossier)
        {
            return HallProblems.NotFound($"没有办件 {caseNumber}", $"There is no case {caseNumber}");
        }
        var c = dossier.Case;
        var relation = await RelationAsync(dossier, user, callers, directory, current, cancellationToken);
        if (relation == CaseRelation.None) return HallProblems.Forbidden($"无权查看此办件 {c.CaseNumber}", $"You may not see case {c.CaseNumber}");

        var tree = await directory.GetAsync(cancellationToken);
        var status = Enum.TryParse<CaseStatus>(c.Status, out var known) ? known.Chinese() : c.Status;
        return TypedResults.Ok(new CaseResponse(c.CaseNumber, c.MatterName, c.ImplementationCode, c.Status, status)
        {
            HandlingUnit = c.HandlingUnit,
            HandlingUnitName = tree.Find(c.HandlingUnit)?.Name,
            Channel = c.Channel,
            SubmittedAt = StoredTime.FromStored(c.SubmittedAt),
            AcceptedAt = StoredTime.FromStored(c.AcceptedAt),
            DecidedAt = StoredTime.FromStored(c.DecidedAt),
            ClosedAt = StoredTime.FromStored(c.ClosedAt),
            StatutoryDueAt = StoredTime.FromStored(c.StatutoryDueAt),
            PromisedDueAt = StoredTime.FromStored(c.PromisedDueAt),
            DueProvisional = c.DueProvisional,
            ExtensionDays = c.ExtensionDays,
            Steps = dossier.OpenItems.Select(w => new CaseStepResponse(w.NodeId, w.NodeName)
            {
                Stage = w.Stage,
                OpenedAt = StoredTime.FromStored(w.OpenedAt),
                DueAt = w.HasDueDate ? StoredTime.FromStored(w.DueAt) : null,
                DueProvisional = w.DueProvisional,
            }).ToList(),
            Applicant = CaseApplicantResponse.Of(c, PersonalDataView.For(relation)),
        });
    }

    private static async Task<Results<Ok<CaseApplicantResponse>, ProblemHttpResult>> RevealAsync(string caseNumber, RevealRequest? body, ClaimsPrincipal user,
        CaseDossierQuery dossiers, ApiCallers callers, HallDirectory directory, CurrentHallUser current, PersonalDataReveals reveals, CancellationToken cancellationToken)
    {
        if (await dossiers.ByNumberAsync(caseNumber, cancellationToken) is not { } dossier)
        {
            return HallProblems.NotFound($"没有办件 {caseNumber}", $"There is no case {caseNumber}");
        }
        var c = dossier.Case;
        var relation = await RelationAsync(dossier, user, callers, directory, current, cancellationToken);
        if (!PersonalDataView.For(relation).MayReveal)
        {
            return HallProblems.Forbidden($"无权查看办件 {c.CaseNumber} 申请人的完整信息", $"You may not see the full data of case {c.CaseNumber}'s applicant");
        }
        var recorded = await reveals.RecordAsync(c, user.Actor(), body?.Reason, PersonalDataReveals.FromApi, cancellationToken);
        if (!recorded.Succeeded) return HallProblems.Refusal(StatusCodes.Status422UnprocessableEntity, recorded.Error!);
        return TypedResults.Ok(CaseApplicantResponse.Of(c, PersonalDataView.Revealed));
    }

    /// <summary>
    /// The caller's relation to the case: clerks reach the handling unit through their posts or their key's units; a
    /// village's own staff (not its agents, whose post is for filing) are other staff; the applicant and the filing
    /// agent are who <see cref="CaseAccess"/> says.
    /// </summary>
    private static async Task<CaseRelation> RelationAsync(CaseDossier dossier, ClaimsPrincipal user, ApiCallers callers, HallDirectory directory,
        CurrentHallUser current, CancellationToken cancellationToken)
    {
        var c = dossier.Case;
        var caller = await callers.GetAsync(user, cancellationToken);
        var person = await current.GetAsync(cancellationToken);
        var tree = await directory.GetAsync(cancellationToken);
        var onPage = CaseAccess.RelationOf(person, c, tree, dossier.State);
        return CaseRelations.Of(CaseAccess.IsApplicant(person, c), CaseAccess.IsFilingAgent(person, c),
            handles: (caller.IsClerk && caller.Reaches(c.HandlingUnit)) || onPage == CaseRelation.HandlingStaff, caller.IsAdmin, caller.IsAuditor,
            isOtherStaff: onPage == CaseRelation.OtherStaff);
    }
}
