using WorkflowHall.Data.Records.Hall;
using WorkflowHall.Domain.Matters;
using WorkflowHall.Domain.Organisations;

namespace WorkflowHall.Web.Admin.Matters;

/// <summary>
/// What the guide editor shows: the matter's row (its revision guards the edit), the guide being edited
/// (the draft, or else the published version), the version history, the published workflows and the units.
/// </summary>
public sealed record MatterEditView(
    MatterRecord Matter,
    ServiceGuide Guide,
    IReadOnlyList<MatterVersionRecord> History,
    IReadOnlyList<WorkflowChoice> Workflows,
    IReadOnlyList<OrgUnit> Units,
    (string Actor, DateTime At)? LastChange)
{
    public bool HasDraft => Matter.DraftGuideJson is not null;
}
