using WorkflowHall.Domain.Organisations;
using WorkflowHall.Engine.Bpmn;
using WorkflowHall.Engine.Execution;

namespace WorkflowHall.Domain.Cases;

/// <summary>
/// Who may do what to a case, when, and with which fields (行政许可法 第32、38、42、45条; DOMAIN.md §2), once
/// for every door: the pages ask <see cref="ActsFor"/> what to offer, the case service enforces
/// <see cref="Check"/>, the seeder's bulk path runs the same checks. Pure: case facts, the open steps and
/// the hall's directory in, a verdict out.
/// </summary>
public static class CaseRules
{
    public const string AgencyHeadPost = "agency-head";
    public const int MaxExtensionDays = 10;
    public const int SupplementNoticeDays = 5;

    /// <summary>
    /// A step is done by the person it is assigned to (the applicant, or their agent, for 补正; whoever claimed
    /// it), else by whoever holds its post in the step's unit or in a unit above it — a county bureau's
    /// reviewer may take a town office's step, a window clerk never takes a reviewer's.
    /// </summary>
    public static bool MayAct(OrgDirectory directory, CaseFacts c, InstanceState state, WorkItem item, string actor)
    {
        if (item.Assignee is { } assignee) return assignee == actor || (assignee == c.ApplicantNumber && actor == c.AgentUserName);
        if (item.CandidatePost is not { } post) return item.CandidateUsers.IsDefaultOrEmpty || item.CandidateUsers.Contains(actor);
        return HoldsAtOrAbove(directory, actor, post, UnitOf(c, state, item));
    }

    /// <summary>Holding <paramref name="post"/> in <paramref name="unit"/> or in one of the units above it.</summary>
    public static bool HoldsAtOrAbove(OrgDirectory directory, string actor, string post, string? unit) =>
        directory.Holds(actor, post, unit) || directory.Ancestry(unit).Any(u => directory.Holds(actor, post, u.Code));

    /// <summary>The unit a step of this case is handled in (its unit rule applied to the case's units).</summary>
    public static string UnitOf(CaseFacts c, InstanceState state, WorkItem item) =>
        CaseUnits.FromVariables(state.Variables)?.For(item.UnitRule) ?? c.HandlingUnit;

    /// <summary>Whether the actor may do some open step; case-level acts (procedures, the extension) are theirs.</summary>
    public static bool HandlesOpenStep(OrgDirectory directory, CaseFacts c, InstanceState state, string actor) =>
        state.WorkItems.Any(w => MayAct(directory, c, state, w, actor));

    /// <summary>The acts the actor may do now, before any field is filled in: what a page offers.</summary>
    public static IReadOnlyList<string> ActsFor(OrgDirectory directory, CaseFacts c, InstanceState state, string actor)
    {
        if (state.IsEnded) return [];
        var acts = new List<string>();
        foreach (var act in CaseActs.StepActs)
        {
            if (Who(directory, c, state, new CaseRequest(act, actor)).Allowed && When(c, state, act) is null) acts.Add(act);
        }
        foreach (var act in CaseActs.CaseLevelActs)
        {
            if (Who(directory, c, state, new CaseRequest(act, actor)).Allowed && When(c, state, act) is null) acts.Add(act);
        }
        return acts;
    }

    /// <summary>
    /// Everything about a request, in the order a person would want to hear it: the case has not ended, the act
    /// exists, the actor may do it (post, assignment, filer), the case is at a point where it can be done, and
    /// the fields it needs are there and of a sensible length.
    /// </summary>
    public static CaseVerdict Check(OrgDirectory directory, CaseFacts c, InstanceState state, CaseRequest request)
    {
        if (state.IsEnded) return CaseRefusals.Ended(c.CaseNumber);
        if (!CaseActs.IsKnown(request.Act)) return CaseRefusals.UnknownAct(request.Act);
        var who = Who(directory, c, state, request);
        if (!who.Allowed) return who;
        if (When(c, state, request.Act) is { } when) return when;
        return Fields(request) is { } fields ? fields : who;
    }

    /// <summary>
    /// An act on one open step that does not complete it (签收, 转办, 委派, 交回, 加签, 减签, 退回到指定步骤): the actor
    /// must be able to do the step; whoever it passes to (the new assignee, the delegate, added signers) must
    /// hold its post where the actor does.
    /// </summary>
    public static CaseVerdict CheckItemAct(OrgDirectory directory, CaseFacts c, InstanceState state, string actor, string workItemId,
        IEnumerable<string> takers, string? opinion = null, bool opinionRequired = false)
    {
        if (state.IsEnded) return CaseRefusals.Ended(c.CaseNumber);
        if (state.WorkItems.FirstOrDefault(w => w.Id == workItemId) is not { } item) return CaseRefusals.NoSuchItem(workItemId);
        if (!MayAct(directory, c, state, item, actor)) return CaseRefusals.NotAtPost(actor, item, UnitOf(c, state, item));
        if (item.CandidatePost is { } post)
        {
            var unit = UnitOf(c, state, item);
            if (takers.FirstOrDefault(t => !HoldsAtOrAbove(directory, t, post, unit)) is { } stranger) return CaseRefusals.TargetNotAtPost(stranger, item, unit);
        }
        if (opinionRequired && string.IsNullOrWhiteSpace(opinion)) return CaseRefusals.ReturnOpinion();
        if (TooLong(opinion, TextLimits.Opinion) is { } long1) return long1;
        return CaseVerdict.Allow(item);
    }

    private static CaseVerdict Who(OrgDirectory directory, CaseFacts c, InstanceState state, CaseRequest request)
    {
        var act = request.Act;
        if (act == CaseActs.Withdraw) return c.IsFiler(request.Actor) ? CaseVerdict.Allow() : CaseRefusals.WithdrawFiler();
        if (!CaseActs.IsStepAct(act)) return HandlesOpenStep(directory, c, state, request.Actor) ? CaseVerdict.Allow() : CaseRefusals.HandlesNoStep(request.Actor);

        if (request.WorkItemId is { } id)
        {
            if (state.WorkItems.FirstOrDefault(w => w.Id == id) is not { } named) return CaseRefusals.NoSuchItem(id);
            if (!Allows(named, act)) return CaseRefusals.ItemDisallows(named, act);
            return MayAct(directory, c, state, named, request.Actor) ? CaseVerdict.Allow(named)
                : CaseRefusals.NotAtPost(request.Actor, named, UnitOf(c, state, named));
        }
        // In parallel steps several items may allow the act: take the one this actor may do.
        var candidates = state.WorkItems.Where(w => Allows(w, act)).ToList();
        if (candidates.Count == 0) return CaseRefusals.NoStep(act, state.WorkItems);
        if (candidates.FirstOrDefault(w => MayAct(directory, c, state, w, request.Actor)) is { } mine) return CaseVerdict.Allow(mine);
        var first = candidates[0];
        return CaseRefusals.NotAtPost(request.Actor, first, UnitOf(c, state, first));
    }

    /// <summary>The acts a step allows: those it names, or only <c>complete</c> when it names none (村级代办提交, 残疾评定).</summary>
    public static IReadOnlyList<string> ActsOf(WorkItem item) =>
        item.AllowedActions.IsDefaultOrEmpty ? [HallActions.Complete] : item.AllowedActions;

    private static bool Allows(WorkItem item, string act) => ActsOf(item).Contains(act);

    /// <summary>Whether the case is at a point where the act can be done at all.</summary>
    private static CaseRefusal? When(CaseFacts c, InstanceState state, string act) => act switch
    {
        HallActions.RequestSupplement when c.SupplementRequestedAt is { } earlier => CaseRefusals.SupplementOnce(earlier),
        CaseActs.StartProcedure when c.AcceptedAt is null => CaseRefusals.ProcedureNotAccepted(),
        CaseActs.StartProcedure when state.Clock.OpenPause is not null => CaseRefusals.ProcedureOpen(),
        CaseActs.EndProcedure when state.Clock.OpenPause is not { Kind: ClockPauseKind.SpecialProcedure } => CaseRefusals.NoOpenProcedure(),
        CaseActs.Extend when c.AcceptedAt is null => CaseRefusals.ExtensionNotAccepted(),
        CaseActs.Extend when c.ExtensionDays > 0 => CaseRefusals.ExtensionOnce(c.ExtensionDays),
        CaseActs.Withdraw when c.DecidedAt is not null => CaseRefusals.WithdrawDecided(),
        _ => null,
    };

    private static CaseRefusal? Fields(CaseRequest r) => r.Act switch
    {
        HallActions.RefuseAccept or HallActions.Refuse =>
            string.IsNullOrWhiteSpace(r.Reason) || string.IsNullOrWhiteSpace(r.LegalBasis) ? CaseRefusals.Reasons(r.Act)
                : TooLong(r.Reason, TextLimits.DecisionReason)
                  ?? TooLong(r.LegalBasis, TextLimits.LegalBasis),
        HallActions.RequestSupplement => SupplementItems(r.Items),
        HallActions.Return => string.IsNullOrWhiteSpace(r.Opinion) ? CaseRefusals.ReturnOpinion() : Opinion(r),
        CaseActs.StartProcedure =>
            string.IsNullOrWhiteSpace(r.ProcedureKind) || string.IsNullOrWhiteSpace(r.Reason) ? CaseRefusals.ProcedureReason()
                : TooLong(r.ProcedureKind, TextLimits.ProcedureKind)
                  ?? TooLong(r.Reason, TextLimits.DecisionReason)
                  ?? TooLong(r.LegalBasis, TextLimits.LegalBasis),
        CaseActs.EndProcedure => string.IsNullOrWhiteSpace(r.Result) ? CaseRefusals.ProcedureResult()
            : TooLong(r.Result, TextLimits.ProcedureResult),
        CaseActs.Extend => r.Days is < 1 or > MaxExtensionDays ? CaseRefusals.ExtensionDays(r.Days)
            : string.IsNullOrWhiteSpace(r.Reason) ? CaseRefusals.ExtensionReason()
            : TooLong(r.Reason, TextLimits.DecisionReason),
        CaseActs.Withdraw => string.IsNullOrWhiteSpace(r.Reason) ? CaseRefusals.WithdrawReason()
            : TooLong(r.Reason, TextLimits.WithdrawReason),
        _ => Opinion(r),
    };

    /// <summary>The approver of an extension: the agency head (机关负责人) of the handling unit itself (第42条).</summary>
    public static CaseRefusal? ExtensionApprover(OrgDirectory directory, CaseFacts c, string? approvedBy) =>
        approvedBy is not null && directory.Holds(approvedBy, AgencyHeadPost, c.HandlingUnit) ? null : CaseRefusals.ExtensionApprover(approvedBy, c.HandlingUnit);

    /// <summary>The supplement notice's items as given: trimmed, without blanks or repeats.</summary>
    public static IReadOnlyList<string> NoticeItems(IEnumerable<string> items) =>
        items.Where(i => !string.IsNullOrWhiteSpace(i)).Select(i => i.Trim()).Distinct().ToList();

    private static CaseRefusal? SupplementItems(IReadOnlyList<string> given)
    {
        var items = NoticeItems(given);
        if (items.Count == 0) return CaseRefusals.SupplementEmpty();
        if (items.Count > TextLimits.SupplementItems) return CaseRefusals.SupplementTooMany(items.Count);
        return items.Select(i => TooLong(i, TextLimits.SupplementItem)).FirstOrDefault(p => p is not null);
    }

    private static CaseRefusal? Opinion(CaseRequest r) => TooLong(r.Opinion, TextLimits.Opinion);

    private static CaseRefusal? TooLong(string? text, TextLimit limit) =>
        limit.IsExceededBy(text) ? CaseRefusals.TooLong(limit, text!) : null;
}
