using WorkflowHall.Engine.Bpmn;

namespace WorkflowHall.Domain.Cases;

/// <summary>
/// The acts on a case, by name: the step acts of <see cref="HallActions"/> that complete an open step, and the
/// case-level acts that do not (special procedures, the extension, withdrawal).
/// </summary>
public static class CaseActs
{
    public const string StartProcedure = "startProcedure";
    public const string EndProcedure = "endProcedure";
    public const string Extend = HallActions.Extend;
    public const string Withdraw = HallActions.Withdraw;

    /// <summary>Acts that complete an open step with the act as its outcome.</summary>
    public static readonly IReadOnlyList<string> StepActs =
    [
        HallActions.Accept, HallActions.RequestSupplement, HallActions.RefuseAccept, HallActions.Supplement, HallActions.Review, HallActions.Return,
        HallActions.Approve, HallActions.Refuse, HallActions.Reject, HallActions.Issue, HallActions.Complete,
    ];

    public static readonly IReadOnlyList<string> CaseLevelActs = [StartProcedure, EndProcedure, Extend, Withdraw];

    public static bool IsStepAct(string? act) => act is not null && StepActs.Contains(act);

    public static bool IsKnown(string? act) => act is not null && (StepActs.Contains(act) || CaseLevelActs.Contains(act));
}
