namespace WorkflowHall.Web.Audit.Replay;

/// <summary>One case in the auditors' list; the applicant is shown by the hall's masking rule (<see cref="WorkflowHall.Domain.Identity.PersonalDataView"/>).</summary>
public sealed record AuditCaseRow(
    string CaseNumber,
    string MatterName,
    string HandlingUnit,
    string ApplicantKind,
    string ApplicantName,
    string ApplicantNumber,
    string Status,
    DateTime SubmittedAt,
    DateTime? ClosedAt);
