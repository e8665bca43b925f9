using WorkflowHall.Domain.Identity;

namespace WorkflowHall.Web.Portal.Applicant;

/// <summary>An applicant's one number as lists, receipts and notices show it: a citizen's ID masked, an organisation's public code whole.</summary>
public static class ApplicantNumberText
{
    public static string Masked(string? number, string? kind) =>
        kind is nameof(ApplicantNumberKind.UnifiedSocialCreditCode) or "enterprise" ? number ?? "" : PersonalDataMask.MaskIdNumber(number);
}
