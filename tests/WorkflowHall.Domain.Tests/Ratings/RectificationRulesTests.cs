using WorkflowHall.Domain.Ratings;
using static WorkflowHall.Domain.Tests.Calendars;

namespace WorkflowHall.Domain.Tests.Ratings;

public class RectificationRulesTests
{
    private const RectificationStatus Pending = RectificationStatus.PendingReview;
    private const RectificationStatus Verified = RectificationStatus.Verified;
    private const RectificationStatus InProgress = RectificationStatus.InProgress;
    private const RectificationStatus Completed = RectificationStatus.Completed;
    private const RectificationStatus Impossible = RectificationStatus.Impossible;
    private const RectificationStatus Invalid = RectificationStatus.Invalid;

    [Theory]
    [InlineData(Pending, RectificationAction.ConfirmValid, Verified)]
    [InlineData(Pending, RectificationAction.MarkInvalid, Invalid)]
    [InlineData(Verified, RectificationAction.Start, InProgress)]
    [InlineData(InProgress, RectificationAction.Extend, InProgress)]
    [InlineData(InProgress, RectificationAction.Complete, Completed)]
    [InlineData(InProgress, RectificationAction.DeclareImpossible, Impossible)]
    public void The_legal_moves_lead_where_reform_vue_goes(RectificationStatus from, RectificationAction action, RectificationStatus to)
    {
        Assert.Equal(to, RectificationRules.Target(from, action));
        Assert.Null(RectificationRules.Check(from, action, "说明"));
    }

    [Fact]
    public void Every_other_move_is_refused()
    {
        var legal = RectificationRules.Transitions.Select(t => (t.From, t.Action)).ToHashSet();
        foreach (var from in Enum.GetValues<RectificationStatus>())
        {
            foreach (var action in Enum.GetValues<RectificationAction>())
            {
                if (legal.Contains((from, action))) continue;
                Assert.Null(RectificationRules.Target(from, action));
                var refusal = RectificationRules.Check(from, action, "说明");
                Assert.NotNull(refusal);
                Assert.Equal(from.IsOpen() ? "rectification.state" : "rectification.ended", refusal.Code);
                Assert.Contains(from.Chinese(), refusal.MessageZh);
                Assert.Contains(from.English(), refusal.MessageEn);
            }
        }
    }

    [Fact]
    public void Starting_before_the_review_says_to_review_first()
    {
        var refusal = RectificationRules.Check(Pending, RectificationAction.Start, null);

        Assert.Equal("只有“已核实（待整改）”的整改单才能开始整改，此整改单当前为“待核实”，请先核实差评是否有效", refusal?.MessageZh);
        Assert.Equal("Only a rectification that is verified, not started can be started; this one is pending review; review whether the rating is valid first",
            refusal?.MessageEn);
    }

    [Fact]
    public void Completing_before_starting_says_to_start_first()
    {
        var refusal = RectificationRules.Check(Verified, RectificationAction.Complete, "已整改");

        Assert.Equal("只有“整改中”的整改单才能办结整改，此整改单当前为“已核实（待整改）”，请先开始整改", refusal?.MessageZh);
    }

    [Fact]
    public void A_closed_rectification_cannot_move_again()
    {
        var refusal = RectificationRules.Check(Completed, RectificationAction.DeclareImpossible, "无法律依据");

        Assert.Equal("rectification.ended", refusal?.Code);
        Assert.Equal("整改单已结束（整改完成），不能再认定无法整改", refusal?.MessageZh);
        Assert.Equal("The rectification has ended (completed); it can no longer be declared impossible to rectify", refusal?.MessageEn);
    }

    [Theory]
    [InlineData(Pending, RectificationAction.MarkInvalid, "rectification.reason")]
    [InlineData(InProgress, RectificationAction.DeclareImpossible, "rectification.reason")]
    [InlineData(InProgress, RectificationAction.Complete, "rectification.outcome")]
    [InlineData(InProgress, RectificationAction.Extend, "rectification.reason")]
    public void Invalidity_impossibility_completion_and_extension_must_say_why_or_what(RectificationStatus from, RectificationAction action, string code)
    {
        Assert.Equal(code, RectificationRules.Check(from, action, "  ")?.Code);
        Assert.Equal(code, RectificationRules.Check(from, action, null)?.Code);
    }

    [Fact]
    public void A_confirmation_or_a_start_needs_no_note()
    {
        Assert.Null(RectificationRules.Check(Pending, RectificationAction.ConfirmValid, null));
        Assert.Null(RectificationRules.Check(Verified, RectificationAction.Start, ""));
    }

    [Fact]
    public void The_deadline_may_be_extended_once_in_progress_before_it_passes()
    {
        var due = EndOfDay(2026, 10, 22);
        var now = China(2026, 10, 20);

        Assert.Null(RectificationRules.CanExtend(InProgress, false, 5, 15, due, now, "需协调上级部门"));
        Assert.Null(RectificationRules.CanExtend(InProgress, false, 15, 15, due, due, "需协调上级部门"));
    }

    [Fact]
    public void A_second_extension_is_refused_with_the_extended_deadline()
    {
        var refusal = RectificationRules.CanExtend(InProgress, true, 5, 15, EndOfDay(2026, 10, 29), China(2026, 10, 20), "再延");

        Assert.Equal("rectification.extended", refusal?.Code);
        Assert.Equal("整改期限只能延长一次，此整改单已延期至 2026-10-29", refusal?.MessageZh);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    [InlineData(16)]
    public void An_extension_is_one_to_the_most_working_days(int days)
    {
        var refusal = RectificationRules.CanExtend(InProgress, false, days, 15, EndOfDay(2026, 10, 22), China(2026, 10, 20), "理由");

        Assert.Equal("rectification.extension-days", refusal?.Code);
        Assert.Equal($"延期应为 1 至 15 个工作日，收到的是 {days}", refusal?.MessageZh);
    }

    [Fact]
    public void An_overdue_rectification_cannot_be_extended()
    {
        var refusal = RectificationRules.CanExtend(InProgress, false, 5, 15, EndOfDay(2026, 10, 22), China(2026, 10, 23, 0), "理由");

        Assert.Equal("rectification.overdue", refusal?.Code);
        Assert.Equal("整改期限已于 2026-10-22 届满，超期后不能再申请延期", refusal?.MessageZh);
    }

    [Fact]
    public void Only_a_rectification_in_progress_can_be_extended()
    {
        Assert.Equal("rectification.state", RectificationRules.CanExtend(Verified, false, 5, 15, EndOfDay(2026, 10, 22), China(2026, 10, 20), "理由")?.Code);
        Assert.Equal("rectification.ended", RectificationRules.CanExtend(Completed, false, 5, 15, EndOfDay(2026, 10, 22), China(2026, 10, 20), "理由")?.Code);
    }

    [Fact]
    public void An_open_rectification_is_overdue_once_the_last_second_of_its_deadline_has_passed()
    {
        var due = EndOfDay(2026, 10, 22);

        Assert.False(RectificationRules.IsOverdue(InProgress, due, due));
        Assert.True(RectificationRules.IsOverdue(InProgress, due, due.AddSeconds(1)));
        Assert.True(RectificationRules.IsOverdue(Pending, due, due.AddDays(1)));
        Assert.True(RectificationRules.IsOverdue(Verified, due, due.AddDays(1)));
    }

    [Theory]
    [InlineData(Completed)]
    [InlineData(Impossible)]
    [InlineData(Invalid)]
    public void A_closed_rectification_is_never_overdue(RectificationStatus status)
    {
        Assert.False(RectificationRules.IsOverdue(status, EndOfDay(2026, 10, 22), China(2026, 12, 1)));
    }

    [Fact]
    public void Each_step_leaves_its_own_kind_of_follow_up_and_only_contacts_are_recorded_by_hand()
    {
        Assert.Equal(Enum.GetValues<RectificationAction>().Length, Enum.GetValues<RectificationAction>().Select(FollowUpKinds.Of).Distinct().Count());
        Assert.Equal([FollowUpKind.Call, FollowUpKind.Visit, FollowUpKind.Feedback], Enum.GetValues<FollowUpKind>().Where(k => k.IsContact()));
        Assert.Equal("现场回访", FollowUpKind.Visit.Chinese());
    }
}
