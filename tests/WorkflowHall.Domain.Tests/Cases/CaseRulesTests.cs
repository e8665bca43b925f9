using WorkflowHall.Domain.Cases;
using WorkflowHall.Domain.Organisations;
using WorkflowHall.Engine.Bpmn;
using WorkflowHall.Engine.Execution;
using WorkflowHall.Engine.Time;

namespace WorkflowHall.Domain.Tests.Cases;

public class CaseRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 10, 0, 0, HallTime.Offset);

    // A county (district) with its forestry bureau; people as in the demo hall.
    private static readonly OrgDirectory Directory = new(
        [
            new OrgUnit("bz", "亳州市", OrgLevel.City, OrgUnitKind.Region, null),
            new OrgUnit("bz-qc", "谯城区", OrgLevel.County, OrgUnitKind.Region, "bz"),
            new OrgUnit("bz-qc-forestry", "谯城区林业局", OrgLevel.County, OrgUnitKind.Department, "bz-qc"),
        ],
        [
            new PostHolding("wang.fang", "window-acceptance", "bz-qc-forestry"),
            new PostHolding("li.reviewer", "section-review", "bz-qc-forestry"),
            new PostHolding("county.reviewer", "section-review", "bz-qc"),
            new PostHolding("zhao.jing", "supervision", "bz-qc"),
            new PostHolding("yang.jianjun", "leader-approval", "bz-qc-forestry"),
            new PostHolding("yang.jianjun", "agency-head", "bz-qc-forestry"),
        ]);

    private static readonly CaseFacts Submitted = new("QC-1", "bz-qc-forestry", "341602196802270531") { ApplicantUserName = "liu.weidong" };
    private static readonly CaseFacts Accepted = Submitted with { AcceptedAt = Now.AddDays(-3) };

    private static InstanceState At(params WorkItem[] items) =>
        InstanceState.New("QC-1", "fire", 1) with { Status = InstanceStatus.Running, WorkItems = [.. items] };

    private static WorkItem Step(string id, string post, params string[] acts) =>
        new(id, "t" + id, id, Now) { NodeName = id, CandidatePost = post, AllowedActions = [.. acts] };

    private static readonly WorkItem Acceptance = Step("accept", "window-acceptance", HallActions.Accept, HallActions.RefuseAccept, HallActions.RequestSupplement);
    private static readonly WorkItem Review = Step("review", "section-review", HallActions.Review, HallActions.Return);
    private static readonly WorkItem Approval = Step("approve", "leader-approval", HallActions.Approve, HallActions.Refuse);

    [Fact]
    public void A_window_clerk_cannot_complete_the_section_review()
    {
        var verdict = CaseRules.Check(Directory, Accepted, At(Review), new CaseRequest(HallActions.Review, "wang.fang"));
        Assert.Equal("action.post", verdict.Refusal?.Code);
        Assert.Contains("section-review", verdict.Refusal!.MessageZh);
    }

    [Fact]
    public void Supervision_of_the_county_above_does_not_approve()
    {
        var verdict = CaseRules.Check(Directory, Accepted, At(Approval), new CaseRequest(HallActions.Approve, "zhao.jing"));
        Assert.Equal("action.post", verdict.Refusal?.Code);
    }

    [Fact]
    public void The_same_post_in_a_unit_above_the_step_may_do_it()
    {
        Assert.True(CaseRules.Check(Directory, Accepted, At(Review), new CaseRequest(HallActions.Review, "county.reviewer")).Allowed);
        Assert.True(CaseRules.Check(Directory, Accepted, At(Review), new CaseRequest(HallActions.Review, "li.reviewer")).Allowed);
    }

    [Fact]
    public void A_leader_cannot_claim_an_acceptance_step_nor_hand_it_to_someone_without_the_post()
    {
        Assert.Equal("action.post", CaseRules.CheckItemAct(Directory, Submitted, At(Acceptance), "yang.jianjun", "accept", []).Refusal?.Code);
        Assert.Equal("action.target", CaseRules.CheckItemAct(Directory, Submitted, At(Acceptance), "wang.fang", "accept", ["yang.jianjun"]).Refusal?.Code);
        Assert.True(CaseRules.CheckItemAct(Directory, Submitted, At(Acceptance), "wang.fang", "accept", []).Allowed);
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("材料不全", null)]
    [InlineData(null, "《行政许可法》第三十二条")]
    [InlineData("  ", "  ")]
    public void Refusing_to_accept_needs_reasons_and_a_legal_basis(string? reason, string? basis)
    {
        var verdict = CaseRules.Check(Directory, Submitted, At(Acceptance),
            new CaseRequest(HallActions.RefuseAccept, "wang.fang") { Reason = reason, LegalBasis = basis });
        Assert.Equal("decision.reasons", verdict.Refusal?.Code);
        Assert.Equal("不予受理须写明理由和法律依据", verdict.Refusal!.MessageZh);
    }

    [Fact]
    public void Texts_longer_than_their_use_are_refused_with_the_field_and_the_limit()
    {
        var verdict = CaseRules.Check(Directory, Submitted, At(Acceptance),
            new CaseRequest(HallActions.Accept, "wang.fang") { Opinion = new string('同', TextLimits.Opinion.Max + 1) });
        Assert.Equal("field.length", verdict.Refusal?.Code);
        Assert.Equal("opinion", verdict.Refusal!.Target);
        Assert.Contains(TextLimits.Opinion.Max.ToString(), verdict.Refusal.MessageZh);

        var basis = CaseRules.Check(Directory, Submitted, At(Acceptance),
            new CaseRequest(HallActions.RefuseAccept, "wang.fang") { Reason = "不符合条件", LegalBasis = new string('法', TextLimits.LegalBasis.Max + 1) });
        Assert.Equal("legalBasis", basis.Refusal?.Target);
    }

    [Fact]
    public void The_supplement_notice_is_given_once_and_lists_its_items()
    {
        Assert.Equal("supplement.empty", CaseRules.Check(Directory, Submitted, At(Acceptance),
            new CaseRequest(HallActions.RequestSupplement, "wang.fang") { Items = [" ", ""] }).Refusal?.Code);
        var asked = Submitted with { SupplementRequestedAt = Now.AddDays(-1) };
        var again = CaseRules.Check(Directory, asked, At(Acceptance), new CaseRequest(HallActions.RequestSupplement, "wang.fang") { Items = ["身份证复印件"] });
        Assert.Equal("supplement.once", again.Refusal?.Code);
        Assert.DoesNotContain(HallActions.RequestSupplement, CaseRules.ActsFor(Directory, asked, At(Acceptance), "wang.fang"));
    }

    [Fact]
    public void Withdrawal_is_the_applicants_before_a_decision_with_a_reason()
    {
        var state = At(Review);
        Assert.Equal("withdraw.applicant", CaseRules.Check(Directory, Accepted, state, new CaseRequest(CaseActs.Withdraw, "wang.fang") { Reason = "x" }).Refusal?.Code);
        Assert.Equal("withdraw.reason", CaseRules.Check(Directory, Accepted, state, new CaseRequest(CaseActs.Withdraw, "liu.weidong")).Refusal?.Code);
        var decided = Accepted with { DecidedAt = Now };
        Assert.Equal("withdraw.decided", CaseRules.Check(Directory, decided, state, new CaseRequest(CaseActs.Withdraw, "liu.weidong") { Reason = "不办了" }).Refusal?.Code);
        Assert.True(CaseRules.Check(Directory, Accepted, state, new CaseRequest(CaseActs.Withdraw, "liu.weidong") { Reason = "不办了" }).Allowed);
        var agent = Accepted with { ApplicantUserName = null, AgentUserName = "sun.li" };
        Assert.True(CaseRules.Check(Directory, agent, state, new CaseRequest(CaseActs.Withdraw, "sun.li") { Reason = "村民不办了" }).Allowed);
    }

    [Fact]
    public void Special_procedures_and_the_extension_come_after_acceptance_and_the_extension_once()
    {
        var before = CaseRules.Check(Directory, Submitted, At(Acceptance), new CaseRequest(CaseActs.StartProcedure, "wang.fang") { ProcedureKind = "听证", Reason = "x" });
        Assert.Equal("procedure.not-accepted", before.Refusal?.Code);
        var extended = Accepted with { ExtensionDays = 5 };
        Assert.Equal("extension.once", CaseRules.Check(Directory, extended, At(Review),
            new CaseRequest(CaseActs.Extend, "li.reviewer") { Days = 3, Reason = "复杂", ApprovedBy = "yang.jianjun" }).Refusal?.Code);
        Assert.Equal("extension.days", CaseRules.Check(Directory, Accepted, At(Review),
            new CaseRequest(CaseActs.Extend, "li.reviewer") { Days = 11, Reason = "复杂", ApprovedBy = "yang.jianjun" }).Refusal?.Code);
        Assert.Equal("extension.approver", CaseRules.ExtensionApprover(Directory, Accepted, "li.reviewer")?.Code);
        Assert.Null(CaseRules.ExtensionApprover(Directory, Accepted, "yang.jianjun"));
        Assert.Equal("procedure.none", CaseRules.Check(Directory, Accepted, At(Review), new CaseRequest(CaseActs.EndProcedure, "li.reviewer") { Result = "结束" }).Refusal?.Code);
    }

    [Fact]
    public void Pages_are_offered_exactly_what_the_actor_may_do()
    {
        Assert.Equal([HallActions.Accept, HallActions.RequestSupplement, HallActions.RefuseAccept],
            CaseRules.ActsFor(Directory, Submitted, At(Acceptance), "wang.fang"));
        Assert.Equal([CaseActs.Withdraw], CaseRules.ActsFor(Directory, Submitted, At(Acceptance), "liu.weidong"));
        Assert.Equal([HallActions.Review, HallActions.Return, CaseActs.StartProcedure, CaseActs.Extend],
            CaseRules.ActsFor(Directory, Accepted, At(Review), "li.reviewer"));
        Assert.Empty(CaseRules.ActsFor(Directory, Accepted, At(Review), "zhao.jing"));
        Assert.Empty(CaseRules.ActsFor(Directory, Accepted, At(Review) with { Status = InstanceStatus.Completed }, "liu.weidong"));
    }

    [Fact]
    public void An_act_on_a_named_step_must_be_one_the_step_allows()
    {
        var verdict = CaseRules.Check(Directory, Submitted, At(Acceptance), new CaseRequest(HallActions.Approve, "wang.fang") { WorkItemId = "accept" });
        Assert.Equal("action.step", verdict.Refusal?.Code);
        Assert.Equal("action.item", CaseRules.Check(Directory, Submitted, At(Acceptance),
            new CaseRequest(HallActions.Accept, "wang.fang") { WorkItemId = "gone" }).Refusal?.Code);
        Assert.Equal("action.unknown", CaseRules.Check(Directory, Submitted, At(Acceptance), new CaseRequest("bribe", "wang.fang")).Refusal?.Code);
    }
}
