using WorkflowHall.Data.Cases;
using WorkflowHall.Data.Records.Hall;
using WorkflowHall.Domain.Identity;
using WorkflowHall.Domain.Matters;
using WorkflowHall.Domain.Organisations;
using WorkflowHall.Engine.Execution;
using WorkflowHall.Web.Cases;

namespace WorkflowHall.Web.Workbench;

/// <summary>
/// The case page's view of one case for one clerk: the dossier, the matter's guide (materials for the
/// supplement checklist, special procedures), the timeline, people's names, and the open steps this
/// clerk may act on.
/// </summary>
public sealed record WorkbenchCase(
    CaseDossier Dossier,
    ServiceGuide? Guide,
    OrgDirectory Directory,
    IReadOnlyList<TimelineEntry> Timeline,
    IReadOnlyDictionary<string, string> People,
    IReadOnlyList<WorkItem> MyItems,
    bool MayView)
{
    public CaseRecord Case => Dossier.Case;

    /// <summary>How the reader stands to the case, and so what of the applicant they see (<see cref="PersonalDataView"/>).</summary>
    public CaseRelation Relation { get; init; }

    public PersonalDataView PersonalData => PersonalDataView.For(Relation);

    /// <summary>Case-level acts (special procedures, the extension) are for whoever handles an open step.</summary>
    public bool MayActOnCase => MyItems.Count > 0;

    public TimelineEntry? LastAct => Timeline.LastOrDefault(e => e.IsAct);

    public SpecialProcedureRecord? OpenProcedure => Dossier.SpecialProcedures.LastOrDefault(p => p.EndedAt is null);

    /// <summary>Who may approve this case's extension: the agency heads of its handling unit.</summary>
    public IReadOnlyList<string> AgencyHeads => Directory.HoldersOf(CaseActions.AgencyHeadPost, Case.HandlingUnit).ToList();

    public string NameOf(string? userName) =>
        userName is null ? "" : People.TryGetValue(userName, out var name) ? name : userName;

    public string UnitName(string? code) => Directory.Find(code)?.Name ?? code ?? "";
}
