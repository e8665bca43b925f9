using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using WorkflowHall.Data;
using WorkflowHall.Data.Hall;
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
            .WithDescription("本单位（及上级单位）窗口人员、管理员、审计员，或申请人本人及其代办员。申请人的证件号码、电话和姓名仅对办理单位（及上级单位）的窗口人员和管理员完整显示，其余打码。 / "
                + "Clerks of its unit (or a unit above it), administrators, auditors, or the applicant and their agent. "
                + "The applicant's number, phone and name are shown in full only to clerks of its unit (or above) and administrators, masked to everyone else.");
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
        var caller = await callers.GetAsync(user, cancellationToken);
        var mayView = caller.IsAdmin || caller.IsAuditor
            || (caller.IsClerk && (caller.Reaches(c.HandlingUnit) || caller.IsIn(c.ApplicantVillage)))
            || CaseAccess.IsOwner(await current.GetAsync(cancellationToken), c);
        if (!mayView) return HallProblems.Forbidden($"无权查看此办件 {c.CaseNumber}", $"You may not see case {c.CaseNumber}");

        // In full to those who handle it: clerks of its unit or above, administrators. (A village's agent
        // sees the case of a villager, not their number.)
        var full = caller.MayHandle(c.HandlingUnit);
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
            Applicant = Applicant(c, full),
        });
    }

    private static CaseApplicantResponse Applicant(CaseRecord c, bool full) => full
        ? new CaseApplicantResponse(c.ApplicantKind, c.ApplicantName, c.ApplicantNumber, Masked: false) { Phone = c.ApplicantPhone }
        : new CaseApplicantResponse(c.ApplicantKind, c.ApplicantKind == nameof(ApplicantNumberKind.UnifiedSocialCreditCode) ? c.ApplicantName : MaskName(c.ApplicantName),
            PersonalDataMask.MaskIdNumber(c.ApplicantNumber), Masked: true)
        {
            Phone = c.ApplicantPhone is { Length: > 0 } phone ? PersonalDataMask.MaskPhone(phone) : null,
        };

    /// <summary>A citizen's name with the family name kept: 张丽 → 张*. (An enterprise's name is public.)</summary>
    private static string MaskName(string name) => name.Length <= 1 ? name : name[..1] + new string('*', name.Length - 1);
}
