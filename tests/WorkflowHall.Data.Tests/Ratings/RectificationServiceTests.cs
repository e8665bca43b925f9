using Microsoft.EntityFrameworkCore;
using WorkflowHall.Data.Ratings;
using WorkflowHall.Domain.Cases;
using WorkflowHall.Domain.Ratings;
using static WorkflowHall.Data.Tests.Ratings.RatingScene;

namespace WorkflowHall.Data.Tests.Ratings;

using WorkflowHall.Data.Tests.Infrastructure;

public class RectificationServiceTests
{
    /// <summary>A 差评 rated on Thu 24 Sep 2026, 16:00 China time: its rectification is due at the end of Thu 22 Oct.</summary>
    private static async Task<Rectification> OpenAsync(RatingScene scene, string unit = CivilAffairs, DateTimeOffset? at = null)
    {
        scene.SetClock(at ?? China(2026, 9, 24, 16));
        var caseId = await scene.AddCaseAsync(unit: unit);
        var result = await scene.Ratings.RateAsync(caseId, Applicant, RatingGrade.VeryDissatisfied, "窗口态度差", RatingChannel.HallTablet);
        Assert.True(result.Succeeded, result.Error?.ToString());
        return result.Value!.Rectification!;
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_valid_complaint_is_verified_started_extended_once_and_completed_each_step_logged(string provider)
    {
        await using var scene = await CreateAsync(provider);
        var opened = await OpenAsync(scene);
        var service = scene.Rectifications;

        scene.SetClock(China(2026, 9, 28, 9));
        var verified = (await service.ReviewAsync(opened.Id, valid: true, "电话回访核实，申请人反映属实", "supervisor", expectedRevision: 1)).Value!;
        var started = (await service.StartAsync(verified.Id, "civil-chief", expectedRevision: verified.Revision)).Value!;
        scene.SetClock(China(2026, 10, 20, 15));
        var extended = await service.ExtendAsync(started.Id, 5, "需与县医保局协调", "civil-chief", expectedRevision: started.Revision);
        scene.SetClock(China(2026, 10, 27, 11));
        var completed = await service.CompleteAsync(started.Id, "已对窗口人员批评教育并调整岗位，已向申请人反馈", "civil-chief");

        Assert.Equal((RectificationStatus.Verified, 2), (verified.Status, verified.Revision));
        Assert.Equal((RectificationStatus.InProgress, 3), (started.Status, started.Revision));
        // 5 working days on from the end of Thu 22 Oct: Fri 23, Mon 26 – Thu 29.
        Assert.Equal((RectificationStatus.InProgress, EndOfDay(2026, 10, 29), true, 4),
            (extended.Value!.Status, extended.Value.DueAt, extended.Value.Extended, extended.Value.Revision));
        Assert.True(completed.Succeeded, completed.Error?.ToString());
        Assert.Equal((RectificationStatus.Completed, China(2026, 10, 27, 11), "已对窗口人员批评教育并调整岗位，已向申请人反馈", 5),
            (completed.Value!.Status, completed.Value.ClosedAt, completed.Value.Outcome, completed.Value.Revision));
        Assert.False(completed.Value.IsOverdueAt(China(2026, 12, 1)));

        var log = await service.FollowUpsAsync(opened.Id);
        Assert.Equal(["Opened", "ConfirmedValid", "Started", "Extended", "Completed"], log.Select(f => f.Kind));
        Assert.Equal([Applicant, "supervisor", "civil-chief", "civil-chief", "civil-chief"], log.Select(f => f.By));
        Assert.Equal("延期 5 个工作日，整改期限由 2026-10-22 延至 2026-10-29：需与县医保局协调", log[3].Note);
        Assert.Equal("已核实（待整改） → 整改中", log[2].Note);
        Assert.Equal(completed.Value, await service.FindAsync(opened.Id));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_invalid_complaint_needs_its_reason_and_is_closed_with_it(string provider)
    {
        await using var scene = await CreateAsync(provider);
        var opened = await OpenAsync(scene);

        var withoutReason = await scene.Rectifications.ReviewAsync(opened.Id, valid: false, " ", "supervisor");
        var invalid = await scene.Rectifications.ReviewAsync(opened.Id, valid: false, "回访核实：申请人误评，本意为非常满意", "supervisor");

        Assert.Equal("认定无效差评须说明理由（如误评、恶意差评及核实经过）", withoutReason.Error?.MessageZh);
        Assert.Equal((RectificationStatus.Invalid, "回访核实：申请人误评，本意为非常满意", 2), (invalid.Value!.Status, invalid.Value.Outcome, invalid.Value.Revision));
        Assert.NotNull(invalid.Value.ClosedAt);
        Assert.Equal(["Opened", "MarkedInvalid"], (await scene.Rectifications.FollowUpsAsync(opened.Id)).Select(f => f.Kind));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_rectification_in_progress_may_be_declared_impossible_with_the_reason(string provider)
    {
        await using var scene = await CreateAsync(provider);
        var opened = await OpenAsync(scene);
        await scene.Rectifications.ReviewAsync(opened.Id, true, null, "supervisor");
        await scene.Rectifications.StartAsync(opened.Id, "civil-chief");

        var impossible = await scene.Rectifications.ImpossibleAsync(opened.Id, "申请人要求的补贴标准超出省定标准，无法律依据，已当面解释", "civil-chief");

        Assert.Equal(RectificationStatus.Impossible, impossible.Value!.Status);
        Assert.Equal("DeclaredImpossible", (await scene.Rectifications.FollowUpsAsync(opened.Id))[^1].Kind);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Illegal_steps_are_refused_precisely_and_change_nothing(string provider)
    {
        await using var scene = await CreateAsync(provider);
        var opened = await OpenAsync(scene);
        var service = scene.Rectifications;

        var startUnreviewed = await service.StartAsync(opened.Id, "civil-chief");
        var completeUnstarted = await service.CompleteAsync(opened.Id, "已整改", "civil-chief");
        var extendUnstarted = await service.ExtendAsync(opened.Id, 3, "忙", "civil-chief");
        Assert.Equal("只有“已核实（待整改）”的整改单才能开始整改，此整改单当前为“待核实”，请先核实差评是否有效", startUnreviewed.Error?.MessageZh);
        Assert.Equal("只有“整改中”的整改单才能办结整改，此整改单当前为“待核实”，请先核实差评是否有效", completeUnstarted.Error?.MessageZh);
        Assert.Equal("rectification.state", extendUnstarted.Error?.Code);
        await AssertUnchangedAsync(scene, opened.Id, revision: 1, followUps: 1);

        await service.ReviewAsync(opened.Id, true, null, "supervisor");
        var reviewTwice = await service.ReviewAsync(opened.Id, false, "恶意差评", "supervisor");
        Assert.Equal("只有“待核实”的整改单才能认定为无效差评，此整改单当前为“已核实（待整改）”，请先开始整改", reviewTwice.Error?.MessageZh);
        Assert.Equal("Only a rectification that is pending review can be marked as an invalid bad rating; this one is verified, not started; start the rectification first",
            reviewTwice.Error?.MessageEn);

        await service.StartAsync(opened.Id, "civil-chief");
        await service.ExtendAsync(opened.Id, 2, "需调取档案", "civil-chief");
        var extendTwice = await service.ExtendAsync(opened.Id, 2, "还需时间", "civil-chief");
        Assert.Equal("整改期限只能延长一次，此整改单已延期至 2026-10-26", extendTwice.Error?.MessageZh);
        var tooLong = await service.ExtendAsync((await OpenStartedAsync(scene)).Id, 16, "理由", "civil-chief");
        Assert.Equal("延期应为 1 至 15 个工作日，收到的是 16", tooLong.Error?.MessageZh);
        await AssertUnchangedAsync(scene, opened.Id, revision: 4, followUps: 4);

        await service.CompleteAsync(opened.Id, "已整改", "civil-chief");
        var afterClose = await service.ImpossibleAsync(opened.Id, "无法律依据", "civil-chief");
        Assert.Equal("整改单已结束（整改完成），不能再认定无法整改", afterClose.Error?.MessageZh);
        await AssertUnchangedAsync(scene, opened.Id, revision: 5, followUps: 5);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_overdue_rectification_can_no_longer_be_extended(string provider)
    {
        await using var scene = await CreateAsync(provider);
        var started = await OpenStartedAsync(scene);
        scene.SetClock(China(2026, 10, 23, 0, 1));

        var late = await scene.Rectifications.ExtendAsync(started.Id, 5, "来不及了", "civil-chief");

        Assert.Equal("整改期限已于 2026-10-22 届满，超期后不能再申请延期", late.Error?.MessageZh);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_stale_revision_is_refused_with_both_revisions(string provider)
    {
        await using var scene = await CreateAsync(provider);
        var opened = await OpenAsync(scene);
        await scene.Rectifications.AddFollowUpAsync(opened.Id, FollowUpKind.Call, "已电话联系申请人", "supervisor");

        var stale = await scene.Rectifications.ReviewAsync(opened.Id, true, null, "supervisor", expectedRevision: opened.Revision);

        Assert.Equal("rectification.stale", stale.Error?.Code);
        Assert.Equal($"整改单 {opened.Id} 已被他人更新（您看到的是第 1 版，现在是第 2 版），请刷新后重试", stale.Error?.MessageZh);
        await AssertUnchangedAsync(scene, opened.Id, revision: 2, followUps: 2);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Two_extensions_asked_at_once_leave_exactly_one(string provider)
    {
        await using var scene = await CreateAsync(provider);
        var started = await OpenStartedAsync(scene);
        var secondNode = scene.Hall.SecondNode();
        var other = new RectificationService(secondNode.Contexts, TestHall.Calendar, scene.Options, scene.Hall.Clock);
        scene.SetClock(China(2026, 10, 20, 9));

        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(i => Task.Run(() =>
            (i % 2 == 0 ? scene.Rectifications : other).ExtendAsync(started.Id, i + 1, $"理由 {i}", $"clerk-{i}"))));

        var winner = Assert.Single(results, r => r.Succeeded);
        Assert.All(results.Where(r => !r.Succeeded), r => Assert.Contains(r.Error!.Code, new[] { "rectification.extended", "rectification.conflict" }));
        var log = await scene.Rectifications.FollowUpsAsync(started.Id);
        Assert.Single(log, f => f.Kind == "Extended");
        Assert.Equal(winner.Value, await scene.Rectifications.FindAsync(started.Id));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Calls_visits_and_feedback_are_logged_at_any_stage_even_after_completion(string provider)
    {
        await using var scene = await CreateAsync(provider);
        var started = await OpenStartedAsync(scene);
        var service = scene.Rectifications;

        await service.AddFollowUpAsync(started.Id, FollowUpKind.Visit, "到申请人家中了解情况", "civil-chief");
        await service.CompleteAsync(started.Id, "已补发证件", "civil-chief");
        var feedback = await service.AddFollowUpAsync(started.Id, FollowUpKind.Feedback, "申请人对整改结果表示满意", "supervisor", expectedRevision: 5);
        var byHandOpened = await service.AddFollowUpAsync(started.Id, FollowUpKind.Completed, "手工记一笔", "supervisor");
        var empty = await service.AddFollowUpAsync(started.Id, FollowUpKind.Call, "  ", "supervisor");
        var nobody = await service.AddFollowUpAsync(started.Id, FollowUpKind.Call, "回访", "");

        Assert.Equal((RectificationStatus.Completed, 6), (feedback.Value!.Status, feedback.Value.Revision));
        Assert.Equal("手工只能登记电话回访、现场回访或反馈；“整改完成”由整改的相应环节自动记录", byHandOpened.Error?.MessageZh);
        Assert.Equal("请填写电话回访的内容", empty.Error?.MessageZh);
        Assert.Equal("rectification.actor", nobody.Error?.Code);
        Assert.Equal(["Opened", "ConfirmedValid", "Started", "Visit", "Completed", "Feedback"], (await service.FollowUpsAsync(started.Id)).Select(f => f.Kind));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_unknown_rectification_is_refused(string provider)
    {
        await using var scene = await CreateAsync(provider);

        var result = await scene.Rectifications.StartAsync(404, "civil-chief");

        Assert.Equal(("rectification.not-found", "找不到整改单 404"), (result.Error?.Code, result.Error?.MessageZh));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_overdue_list_holds_the_open_rectifications_past_their_deadline_most_overdue_first(string provider)
    {
        await using var scene = await CreateAsync(provider);
        var service = scene.Rectifications;
        // Due at the end of: Thu 22 Oct (rated Thu 24 Sep); Thu 29 Oct (rated Fri 9 Oct: Sat 10 调休 = 1, 12–16, 19–23,
        // 26–29 = 15); Mon 2 Nov (rated Mon 12 Oct: 13–16 = 1–4, 19–23, 26–30 = 14, 2 Nov = 15).
        var first = await OpenAsync(scene, at: China(2026, 9, 24, 16));
        var second = await OpenAsync(scene, unit: Housing, at: China(2026, 10, 9, 9));
        var third = await OpenAsync(scene, at: China(2026, 10, 12, 9));
        var completed = await OpenStartedAsync(scene);
        await service.CompleteAsync(completed.Id, "已整改", "civil-chief");
        var invalid = await OpenAsync(scene, at: China(2026, 9, 24, 17));
        await service.ReviewAsync(invalid.Id, false, "恶意差评", "supervisor");
        Assert.Equal([EndOfDay(2026, 10, 22), EndOfDay(2026, 10, 29), EndOfDay(2026, 11, 2)], new[] { first, second, third }.Select(r => r.DueAt));

        Assert.Empty(await service.OverdueAsync(EndOfDay(2026, 10, 22)));
        Assert.Equal([first.Id], (await service.OverdueAsync(China(2026, 10, 23, 0, 1))).Select(r => r.Id));
        Assert.Equal([first.Id, second.Id], (await service.OverdueAsync(China(2026, 11, 2, 9))).Select(r => r.Id));
        scene.SetClock(China(2026, 11, 3, 9));
        var overdue = await service.OverdueAsync(scene.Now);
        Assert.Equal([first.Id, second.Id, third.Id], overdue.Select(r => r.Id));
        Assert.All(overdue, r => Assert.True(r.IsOverdueAt(scene.Now)));
        Assert.Equal([second.Id], (await service.OverdueAsync(scene.Now, Housing)).Select(r => r.Id));

        await service.ReviewAsync(first.Id, true, null, "supervisor");
        await service.StartAsync(first.Id, "civil-chief");
        Assert.Equal([first.Id, second.Id, third.Id], (await service.OverdueAsync(scene.Now)).Select(r => r.Id));
        await service.CompleteAsync(first.Id, "已整改（超期）", "civil-chief");
        Assert.Equal([second.Id, third.Id], (await service.OverdueAsync(scene.Now)).Select(r => r.Id));
    }

    /// <summary>A 差评 of Thu 24 Sep 2026, verified and started (revision 3), due at the end of Thu 22 Oct; the clock is left at the rating.</summary>
    private static async Task<Rectification> OpenStartedAsync(RatingScene scene)
    {
        var opened = await OpenAsync(scene);
        await scene.Rectifications.ReviewAsync(opened.Id, true, null, "supervisor");
        var started = await scene.Rectifications.StartAsync(opened.Id, "civil-chief");
        return started.Value!;
    }

    private static async Task AssertUnchangedAsync(RatingScene scene, long id, int revision, int followUps)
    {
        Assert.Equal(revision, (await scene.Rectifications.FindAsync(id))!.Revision);
        Assert.Equal(followUps, (await scene.Rectifications.FollowUpsAsync(id)).Count);
    }
}
