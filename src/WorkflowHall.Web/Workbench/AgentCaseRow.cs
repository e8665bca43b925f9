using WorkflowHall.Domain.Identity;

namespace WorkflowHall.Web.Workbench;

/// <summary>One application a village agent filed for a villager (代办), as their list shows it.</summary>
public sealed record AgentCaseRow(string CaseNumber, string MatterName, string ApplicantKind, string ApplicantName, string ApplicantNumber, string? ApplicantPhone,
    string Status, DateTime SubmittedAt, DateTime? ConsentRevokedAt)
{
    /// <summary>The villager as their agent sees them after filing: name, masked number and phone (<see cref="PersonalDataView"/>).</summary>
    public ShownApplicant Applicant => PersonalDataView.For(CaseRelation.FilingAgent).Show(ApplicantKind, ApplicantName, ApplicantNumber, ApplicantPhone);
}
