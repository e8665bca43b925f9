using WorkflowHall.Data.Records.Hall;
using WorkflowHall.Domain.Matters;
using WorkflowHall.Domain.Organisations;
using WorkflowHall.Web.Api.Instances;

namespace WorkflowHall.Web.Audit.Replay;

/// <summary>
/// A case as the auditors replay it: its steps through the trail, the diagram of every definition version
/// it ran on (BPMN XML with diagram interchange), and the trail's check — hash chain and engine replay.
/// </summary>
public sealed record CaseReplay(
    CaseRecord Case,
    ServiceGuide? Guide,
    OrgUnit? HandlingUnit,
    int StartVersion,
    IReadOnlyList<ReplayStep> Steps,
    IReadOnlyDictionary<int, string> Diagrams,
    VerificationResponse Integrity)
{
    /// <summary>Why the instance's stored state does not read (it was changed in the database); null when it does.</summary>
    public string? StateUnreadable { get; init; }

    public ReplayStep? TroubleStep => Steps.FirstOrDefault(s => s.Trouble);

    /// <summary>Where the stepper opens: at the first broken or divergent event, else at the beginning.</summary>
    public int OpeningStep => TroubleStep?.Index ?? 0;
}
