using Microsoft.EntityFrameworkCore;
using WorkflowHall.Data.Records.Hall;
using WorkflowHall.Domain.Cases;
using WorkflowHall.Domain.Identity;
using WorkflowHall.Domain.Organisations;

namespace WorkflowHall.Data.Cases;

/// <summary>
/// Who an application is for, checked against what the hall knows of people (the directory's people: their
/// one numbers, names and where they live), and the length of every free text (<see cref="TextLimits"/>).
/// </summary>
internal static class ApplicationChecks
{
    /// <summary>Every free text of the application within its limit: name, phone, consent note and the form's text fields.</summary>
    public static HallError? Lengths(ApplyRequest request)
    {
        if (TooLong(TextLimits.ApplicantName, request.ApplicantName) is { } name) return name;
        if (TooLong(TextLimits.Phone, request.ApplicantPhone) is { } phone) return phone;
        if (TooLong(TextLimits.Consent, request.Consent) is { } consent) return consent;
        foreach (var (key, value) in request.Form)
        {
            if (value is string text && TooLong(TextLimits.ForFormField(key), text) is { } field) return field;
        }
        return null;
    }

    public static HallError? TooLong(TextLimit limit, string? text) =>
        limit.IsExceededBy(text) ? new HallError("text.too-long", limit.MessageZh(text!), limit.MessageEn(text!)) { Target = limit.Field } : null;

    /// <summary>
    /// The person (or organisation) the hall knows by this number, if any. A name that is not theirs is refused: a case
    /// filed as 王秀英 under 李秀英's number would show up as 李秀英's, and the clerk would see a name that is not hers.
    /// The refusal does not say whose the number is.
    /// </summary>
    public static async Task<HallResult<PersonRecord?>> KnownApplicantAsync(HallDbContext db, ApplicantNumber number, string name, CancellationToken cancellationToken)
    {
        var known = await db.People.AsNoTracking().FirstOrDefaultAsync(p => p.Number == number.Value, cancellationToken);
        if (known is null || Same(known.Name, name)) return known;
        return number.Kind == ApplicantNumberKind.CitizenIdNumber
            ? new HallError("applicant.name-mismatch", "申请人姓名与公民身份号码不符，请核对身份证上的姓名和号码",
                "The applicant's name does not match the ID number; check the name and number on the ID card") { Target = "applicantName" }
            : new HallError("applicant.name-mismatch", "单位名称与统一社会信用代码不符，请核对营业执照上的名称和代码",
                "The organisation's name does not match its unified social credit code; check both on the business licence") { Target = "applicantName" };
    }

    /// <summary>
    /// An agent files only for a resident the hall knows of a village their post covers (the post's unit or a unit below
    /// it), and only with the villager's signed 代办委托书 uploaded. A real 代办点 works this way: the villagers it serves are
    /// often elderly and have no account or phone to confirm in, but they can sign the form at the service point; the scan
    /// is kept with the case for the clerk to check, and a villager who does have an account sees the filing there and
    /// may revoke it (<see cref="AgentConsents"/>).
    /// </summary>
    public static async Task<HallError?> AgentAsync(HallDbContext db, OrgDirectory tree, ApplyRequest request, string agentUnit, PersonRecord? person,
        CancellationToken cancellationToken)
    {
        if (!tree.Holds(request.Actor, CaseApplications.VillageAgentPost, agentUnit))
        {
            return new HallError("agent.post", $"{request.Actor} 不是 {agentUnit} 的村级代办员，不能代为申请",
                $"{request.Actor} is not a village agent of {agentUnit} and cannot apply on someone's behalf") { Target = "agentUnit" };
        }
        var covered = person?.VillageCode is { } village && (village == agentUnit || tree.Ancestry(village).Any(u => u.Code == agentUnit));
        if (!covered)
        {
            var unitName = tree.Find(agentUnit)?.Name ?? agentUnit;
            return new HallError("agent.resident", $"申请人不是{unitName}登记的居民，代办员只能为本村（社区）居民代办",
                $"The applicant is not a registered resident of {unitName}; an agent files only for residents of their own village") { Target = "applicantNumber" };
        }
        if (request.ConsentDocumentSha256 is not { Length: > 0 } sha || !await db.StoredFiles.AnyAsync(f => f.Sha256 == sha.Trim(), cancellationToken))
        {
            return new HallError("agent.consent", "代办须上传申请人签字的代办委托书扫描件", "An agent's application needs the scan of the applicant's signed authorisation form (代办委托书)")
            {
                Target = "consent",
            };
        }
        return null;
    }

    private static bool Same(string known, string given) => string.Equals(known.Trim(), given.Trim(), StringComparison.Ordinal);
}
