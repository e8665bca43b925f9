namespace WorkflowHall.Domain.Identity;

/// <summary>An applicant's one number masked as its kind requires: a citizen's ID masked, an organisation's public code whole.</summary>
public static class ApplicantDataMask
{
    public static bool IsOrganisation(string? kind) => kind is nameof(ApplicantNumberKind.UnifiedSocialCreditCode) or "enterprise";

    public static string Number(string? number, string? kind) => IsOrganisation(kind) ? number ?? "" : PersonalDataMask.MaskIdNumber(number);
}
