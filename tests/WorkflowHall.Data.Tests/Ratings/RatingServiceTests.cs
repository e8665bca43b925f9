using Microsoft.EntityFrameworkCore;
using WorkflowHall.Data.Ratings;
using WorkflowHall.Domain.Cases;
using WorkflowHall.Domain.Ratings;
using static WorkflowHall.Data.Tests.Ratings.RatingScene;

namespace WorkflowHall.Data.Tests.Ratings;

using WorkflowHall.Data.Tests.Infrastructure;

public class RatingServiceTests
{
    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_case_still_in_review_cannot_be_rated_and_nothing_is_stored(string provider)
    {
        await using var scene = await CreateAsync(provider);
        var caseId = await scene.AddCaseAsync(CaseStatus.InReview);

        var result = await scene.Ratings.RateAsync(caseId, Applicant, RatingGrade.VeryDissatisfied, "太慢", RatingChannel.Mobile);

        Assert.False(result.Succeeded);
        Assert.Equal("rating.not-ended", result.Error!.Code);
        Assert.Equal("办件尚未办结，办结后才能评价（当前状态：审查中）", result.Error.MessageZh);
        Assert.Equal("The case has not ended yet; it can be rated once it is closed (now: in review)", result.Error.MessageEn);
        await AssertNothingStoredAsync(scene);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Only_the_applicant_rates_not_a_stranger_nor_the_agent_who_applied_for_them(string provider)
    {
        await using var scene = await CreateAsync(provider);
        var caseId = await scene.AddCaseAsync(agent: Agent);

        var stranger = await scene.Ratings.RateAsync(caseId, "lisi", RatingGrade.VerySatisfied, null, RatingChannel.Pc);
        var agent = await scene.Ratings.RateAsync(caseId, Agent, RatingGrade.VerySatisfied, null, RatingChannel.HallTablet);

        Assert.Equal(("rating.not-applicant", "只有申请人本人可以评价"), (stranger.Error?.Code, stranger.Error?.MessageZh));
        Assert.Equal(("rating.not-applicant", "代办人不能代替申请人评价，只有申请人本人可以评价"), (agent.Error?.Code, agent.Error?.MessageZh));
        await AssertNothingStoredAsync(scene);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_case_applied_for_without_an_account_cannot_be_rated_by_anyone(string provider)
    {
        await using var scene = await CreateAsync(provider);
        var caseId = await scene.AddCaseAsync(applicant: null);

        var result = await scene.Ratings.RateAsync(caseId, Applicant, RatingGrade.Satisfied, null, RatingChannel.Pc);

        Assert.Equal("rating.not-applicant", result.Error?.Code);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_case_is_rated_once_and_a_second_attempt_is_told_when_the_first_was_made(string provider)
    {
        await using var scene = await CreateAsync(provider);
        var caseId = await scene.AddCaseAsync();
        scene.SetClock(China(2026, 9, 24, 10, 30));
        Assert.True((await scene.Ratings.RateAsync(caseId, Applicant, RatingGrade.Satisfied, "办事快", RatingChannel.Mobile)).Succeeded);
        scene.Hall.Clock.Advance(TimeSpan.FromDays(2));

        var second = await scene.Ratings.RateAsync(caseId, Applicant, RatingGrade.VeryDissatisfied, "改主意了", RatingChannel.Pc);

        Assert.Equal("rating.already-rated", second.Error?.Code);
        Assert.Equal("每个办件只能评价一次，此办件已于 2026-09-24 10:30 评价", second.Error?.MessageZh);
        Assert.Equal("Each case can be rated once; this one was rated on 2026-09-24 10:30 (UTC+8)", second.Error?.MessageEn);
        var stored = await scene.Ratings.FindAsync(caseId);
        Assert.Equal((2, "办事快", "2"), (stored!.Grade, stored.Comment, stored.Channel));
        await using var db = await scene.Hall.Contexts.CreateDbContextAsync();
        Assert.Empty(await db.Rectifications.ToListAsync());
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Of_attempts_made_at_the_same_moment_exactly_one_is_stored(string provider)
    {
        await using var scene = await CreateAsync(provider);
        var caseId = await scene.AddCaseAsync();
        var secondNode = scene.Hall.SecondNode();
        var services = new[]
        {
            scene.Ratings,
            new RatingService(secondNode.Contexts, TestHall.Calendar, scene.Options, scene.Hall.Clock),
        };

        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => Task.Run(() =>
            services[i % 2].RateAsync(caseId, Applicant, i % 3 == 0 ? RatingGrade.Dissatisfied : RatingGrade.VeryDissatisfied, $"第 {i} 次", RatingChannel.Mobile))));

        Assert.Single(results, r => r.Succeeded);
        Assert.All(results.Where(r => !r.Succeeded), r => Assert.Equal("rating.already-rated", r.Error!.Code));
        await using var db = await scene.Hall.Contexts.CreateDbContextAsync();
        Assert.Single(await db.Ratings.ToListAsync());
        var rectification = Assert.Single(await db.Rectifications.ToListAsync());
        Assert.Single(await db.RectificationFollowUps.Where(f => f.RectificationId == rectification.Id).ToListAsync());
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_bad_rating_opens_a_rectification_for_the_handling_unit_due_in_15_working_days_across_the_autumn_holidays(string provider)
    {
        await using var scene = await CreateAsync(provider);
        var caseId = await scene.AddCaseAsync(CaseStatus.Refused, unit: Housing);
        scene.SetClock(China(2026, 9, 24, 16));

        var result = await scene.Ratings.RateAsync(caseId, Applicant, RatingGrade.Dissatisfied, "不予许可的理由没讲清楚", RatingChannel.Pc);

        // Counted from the day after Thu 24 Sep (2026 calendar, DOMAIN.md §9): 25–27 中秋 off; 28, 29, 30 Sep = 1–3;
        // 1–7 Oct 国庆 off; Thu 8, Fri 9 = 4, 5; Sat 10 (调休上班) = 6; Sun 11 off; 12–16 = 7–11; 17–18 weekend;
        // Mon 19, Tue 20, Wed 21, Thu 22 = 12–15. Due at the end of Thu 22 Oct, China time.
        var rectification = result.Value!.Rectification!;
        Assert.Equal(EndOfDay(2026, 10, 22), rectification.DueAt);
        Assert.Equal((RectificationStatus.PendingReview, Housing, caseId, 1), (rectification.Status, rectification.UnitCode, rectification.CaseId, rectification.Revision));
        Assert.False(rectification.DueProvisional);
        Assert.False(rectification.Extended);
        Assert.Equal(rectification, await scene.Rectifications.FindByCaseAsync(caseId));
        var opened = Assert.Single(await scene.Rectifications.FollowUpsAsync(rectification.Id));
        Assert.Equal(("Opened", Applicant), (opened.Kind, opened.By));
        Assert.Equal("不满意（2 星），整改期限 15 个工作日，至 2026-10-22", opened.Note);
        var rating = await scene.Ratings.FindAsync(caseId);
        Assert.Equal((4, Housing, RatingScene.LowIncome, "1"), (rating!.Grade, rating.UnitCode, rating.ImplementationCode, rating.Channel));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_deadline_is_the_halls_setting_Dezhou_gives_5_working_days(string provider)
    {
        await using var scene = await CreateAsync(provider, new RatingOptions { RectificationWorkingDays = 5 });
        var caseId = await scene.AddCaseAsync();
        scene.SetClock(China(2026, 9, 24, 16));

        var result = await scene.Ratings.RateAsync(caseId, Applicant, RatingGrade.VeryDissatisfied, null, RatingChannel.Phone);

        // 28, 29, 30 Sep, 8, 9 Oct.
        Assert.Equal(EndOfDay(2026, 10, 9), result.Value!.Rectification!.DueAt);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_counting_starts_from_the_China_day_of_the_rating_not_the_UTC_day(string provider)
    {
        await using var scene = await CreateAsync(provider);
        var caseId = await scene.AddCaseAsync();
        // 16:30 UTC on Thu 8 Oct is 00:30 on Fri 9 Oct in China.
        scene.SetClock(new DateTimeOffset(2026, 10, 8, 16, 30, 0, TimeSpan.Zero));

        var result = await scene.Ratings.RateAsync(caseId, Applicant, RatingGrade.Dissatisfied, null, RatingChannel.Sms);

        // From Fri 9 Oct: Sat 10 (调休) = 1; 12–16 = 2–6; 19–23 = 7–11; 26, 27, 28, 29 = 12–15. (From the 8th it would be the 28th.)
        Assert.Equal(EndOfDay(2026, 10, 29), result.Value!.Rectification!.DueAt);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_deadline_running_into_a_year_without_a_calendar_is_provisional(string provider)
    {
        await using var scene = await CreateAsync(provider);
        var caseId = await scene.AddCaseAsync();
        scene.SetClock(China(2026, 12, 21));

        var result = await scene.Ratings.RateAsync(caseId, Applicant, RatingGrade.VeryDissatisfied, null, RatingChannel.Pc);

        var rectification = result.Value!.Rectification!;
        Assert.True(rectification.DueProvisional);
        Assert.EndsWith("（跨入未载入节假日安排的年份，仅按周末计算，待确认）", (await scene.Rectifications.FollowUpsAsync(rectification.Id))[0].Note);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Good_and_middling_ratings_open_no_rectification(string provider)
    {
        await using var scene = await CreateAsync(provider);
        foreach (var grade in new[] { RatingGrade.VerySatisfied, RatingGrade.Satisfied, RatingGrade.BasicallySatisfied })
        {
            var result = await scene.Ratings.RateAsync(await scene.AddCaseAsync(CaseStatus.NotAccepted), Applicant, grade, null, RatingChannel.QrCode);
            Assert.True(result.Succeeded, result.Error?.ToString());
            Assert.Null(result.Value!.Rectification);
        }

        await using var db = await scene.Hall.Contexts.CreateDbContextAsync();
        Assert.Equal(3, await db.Ratings.CountAsync());
        Assert.Empty(await db.Rectifications.ToListAsync());
        Assert.Empty(await db.RectificationFollowUps.ToListAsync());
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Bad_input_is_refused_before_anything_is_read_or_written(string provider)
    {
        await using var scene = await CreateAsync(provider);
        var caseId = await scene.AddCaseAsync();

        Assert.Equal("rating.case-not-found", (await scene.Ratings.RateAsync("no-such-case", Applicant, RatingGrade.Satisfied, null, RatingChannel.Pc)).Error?.Code);
        Assert.Equal("rating.grade", (await scene.Ratings.RateAsync(caseId, Applicant, (RatingGrade)6, null, RatingChannel.Pc)).Error?.Code);
        Assert.Equal("rating.channel", (await scene.Ratings.RateAsync(caseId, Applicant, RatingGrade.Satisfied, null, (RatingChannel)0)).Error?.Code);
        Assert.Equal("rating.rater", (await scene.Ratings.RateAsync(caseId, " ", RatingGrade.Satisfied, null, RatingChannel.Pc)).Error?.Code);
        var tooLong = await scene.Ratings.RateAsync(caseId, Applicant, RatingGrade.Satisfied, new string('好', 1001), RatingChannel.Pc);
        Assert.Equal("文字评价最多 1000 字，您写了 1001 字", tooLong.Error?.MessageZh);
        await AssertNothingStoredAsync(scene);
    }

    private static async Task AssertNothingStoredAsync(RatingScene scene)
    {
        await using var db = await scene.Hall.Contexts.CreateDbContextAsync();
        Assert.Empty(await db.Ratings.ToListAsync());
        Assert.Empty(await db.Rectifications.ToListAsync());
        Assert.Empty(await db.RectificationFollowUps.ToListAsync());
    }
}
