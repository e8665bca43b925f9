using System.Collections.Frozen;

namespace WorkflowHall.Engine.Bpmn;

/// <summary>The clerk actions a step may allow (<c>hall:actions</c>), by their names in the file.</summary>
public static class HallActions
{
    public const string Complete = "complete";
    public const string Accept = "accept";
    public const string RefuseAccept = "refuseAccept";
    public const string RequestSupplement = "requestSupplement";
    public const string Supplement = "supplement";
    public const string Review = "review";
    public const string Return = "return";
    public const string Approve = "approve";
    public const string Refuse = "refuse";
    /// <summary>A countersigner's "no" (会签不同意), counted in <c>nrOfOutcomes.reject</c>.</summary>
    public const string Reject = "reject";
    public const string Issue = "issue";
    public const string Reassign = "reassign";
    public const string Delegate = "delegate";
    public const string AddSigner = "addSigner";
    public const string RemoveSigner = "removeSigner";
    public const string Withdraw = "withdraw";
    public const string Suspend = "suspend";
    public const string Extend = "extend";

    public static readonly FrozenSet<string> All = FrozenSet.ToFrozenSet(
    [
        Complete, Accept, RefuseAccept, RequestSupplement, Supplement, Review, Return, Approve, Refuse, Reject, Issue,
        Reassign, Delegate, AddSigner, RemoveSigner, Withdraw, Suspend, Extend,
    ]);
}
