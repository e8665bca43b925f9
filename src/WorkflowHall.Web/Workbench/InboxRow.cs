namespace WorkflowHall.Web.Workbench;

/// <summary>One line of the workbench list: a case and the step it waits at, with its deadline's colour.</summary>
public sealed record InboxRow(
    string CaseNumber,
    string MatterName,
    string? Step,
    string ApplicantName,
    string ApplicantNumber,
    string Status,
    DateTime? DueAt,
    WarningLevel Level);

