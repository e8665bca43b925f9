namespace WorkflowHall.Web.Audit.Replay;

/// <summary>One case in the auditors' list; the applicant's number is shown masked.</summary>
public sealed record AuditCaseRow(
    string CaseNumber,
    string MatterName,
    string HandlingUnit,
    string ApplicantName,
    string ApplicantNumber,
    string Status,
    DateTime SubmittedAt,
    DateTime? ClosedAt);
