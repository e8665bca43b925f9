namespace WorkflowHall.Domain.Identity;

/// <summary>Reads a reader's <see cref="CaseRelation"/> from what each door knows about them, the closest relation first.</summary>
public static class CaseRelations
{
    /// <param name="isApplicant">The applicant themself.</param>
    /// <param name="isFilingAgent">The agent who filed it, the applicant's consent not revoked.</param>
    /// <param name="handles">A clerk of the handling unit or a unit above it.</param>
    /// <param name="isOtherStaff">Other staff the case's access rule lets in.</param>
    public static CaseRelation Of(bool isApplicant, bool isFilingAgent, bool handles, bool isAdmin, bool isAuditor, bool isOtherStaff) =>
        isApplicant ? CaseRelation.Applicant
        : handles ? CaseRelation.HandlingStaff
        : isAdmin ? CaseRelation.Administrator
        : isFilingAgent ? CaseRelation.FilingAgent
        : isAuditor ? CaseRelation.Auditor
        : isOtherStaff ? CaseRelation.OtherStaff
        : CaseRelation.None;
}
