namespace WorkflowHall.Domain.Identity;

/// <summary>Which number identifies an applicant.</summary>
public enum ApplicantNumberKind
{
    /// <summary>A person, by citizen ID number.</summary>
    CitizenIdNumber,

    /// <summary>An enterprise or other organisation, by unified social credit code.</summary>
    UnifiedSocialCreditCode,
}
