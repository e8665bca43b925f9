using WorkflowHall.Domain.Cases;

namespace WorkflowHall.Web.Portal.Public;

/// <summary>
/// All that public tracking tells about a case: which matter, where it stands, and the step(s) open now.
/// Nothing about the applicant or the materials: the type has no place for it.
/// </summary>
public sealed record PublicCaseStatus(string CaseNumber, string MatterName, CaseStatus Status, IReadOnlyList<string> CurrentSteps);
