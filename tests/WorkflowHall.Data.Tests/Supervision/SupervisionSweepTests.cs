using Microsoft.EntityFrameworkCore;
using WorkflowHall.Data.Supervision;
using static WorkflowHall.Data.Tests.Supervision.SupervisionScene;

namespace WorkflowHall.Data.Tests.Supervision;

using WorkflowHall.Data.Tests.Infrastructure;

public class SupervisionSweepTests
{
    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_step_passing_its_warning_and_its_deadline_gets_one_yellow_and_one_red_record(string provider)
    {
        await using var hall = await SupervisionScene.CreateAsync(provider);
        var applied = await ApplyAsync(hall);
        Assert.Equal(0, (await hall.Sweep.RunAsync()).Recorded);

        // 受理 opened Tue 12-01: due at the end of Tue 12-08, warned at the end of Mon 12-07.
        hall.MoveTo(December(8, 0, 30));
        var first = await hall.Sweep.RunAsync();
        var again = await hall.Sweep.RunAsync();
        Assert.Equal((1, 0), (first.Warnings, first.Breaches));
        Assert.Equal(0, again.Recorded);

        Assert.Equal(EndOfDecember(8), Utc((await WorkItemAsync(hall, applied.Id)).SuperviseAt!.Value)); // next: the deadline

        hall.MoveTo(December(9, 0, 30));
        Assert.Equal((0, 1), ((await hall.Sweep.RunAsync()).Warnings, (await LogAsync(hall)).Count(r => r.Level == 2)));
        Assert.Null((await WorkItemAsync(hall, applied.Id)).SuperviseAt); // nothing left to look at
        Assert.Equal(0, (await hall.Sweep.RunAsync()).Recorded);

        var log = await LogAsync(hall);
        Assert.Equal(2, log.Count);
        var (yellow, red) = (log[0], log[1]);
        Assert.Equal((1L, SupervisionRules.StepWarning, 1), (yellow.Sequence, yellow.RuleCode, yellow.Level));
        Assert.Equal(EndOfDecember(7), Utc(yellow.DueAt));
        Assert.Equal((2L, SupervisionRules.StepOverdue, 2), (red.Sequence, red.RuleCode, red.Level));
        Assert.Equal(EndOfDecember(8), Utc(red.DueAt));
        Assert.Equal(December(9, 0, 30).UtcDateTime, Utc(red.NoticedAt));
        Assert.Equal(30, red.OverdueMinutes);
        Assert.Equal((applied.CaseNumber, "01", SampleHall.MatterCode), (red.CaseNumber, red.MatterType, red.ImplementationCode));
        Assert.Equal((SampleHall.Forestry, SampleHall.Forestry, "window-acceptance", "accept", "受理"),
            (red.UnitCode, red.ResponsibleUnit, red.Post, red.NodeId, red.StepName));
        Assert.Equal("JC20261209" + "0000000002", red.RecordNumber);
        Assert.Contains("受理", red.Description);
        Assert.Contains("超期", red.Description);
        Assert.True((await hall.SupervisionLog.VerifyChainAsync()).Intact);
    }

    private static async Task<Records.WorkItemRecord> WorkItemAsync(TestHall hall, string caseId)
    {
        await using var db = await hall.Contexts.CreateDbContextAsync();
        return await db.WorkItems.AsNoTracking().SingleAsync(w => w.InstanceId == caseId);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Two_nodes_sweeping_at_once_record_every_warning_and_breach_once(string provider)
    {
        await using var hall = await SupervisionScene.CreateAsync(provider);
        var cases = new List<string>();
        for (var i = 0; i < 6; i++) cases.Add((await ApplyAsync(hall)).Id);
        var second = hall.SecondNode();
        second.Directory.Invalidate();
        var options = new SupervisionOptions { BatchSize = 4 };
        var sweepA = new SupervisionSweep(hall.Contexts, hall.SupervisionLog, hall.Directory, hall.Matters, TestHall.Calendar, options, hall.Clock);
        var sweepB = new SupervisionSweep(second.Contexts, second.SupervisionLog, second.Directory, second.Matters, TestHall.Calendar, options, second.Clock);

        hall.MoveTo(December(9, 0, 30));
        second.MoveTo(December(9, 0, 30));
        await Task.WhenAll(sweepA.RunAsync(), sweepB.RunAsync(), sweepA.RunAsync(), sweepB.RunAsync());
        await Task.WhenAll(sweepA.RunAsync(), sweepB.RunAsync());

        var log = await LogAsync(hall);
        Assert.Equal(12, log.Count);
        foreach (var id in cases)
        {
            Assert.Single(log, r => r.CaseId == id && r.Level == 1);
            Assert.Single(log, r => r.CaseId == id && r.Level == 2);
        }
        Assert.Equal(log.Count, log.Select(r => r.DedupKey).Distinct().Count());
        Assert.Equal(Enumerable.Range(1, 12).Select(i => (long)i), log.Select(r => r.Sequence));
        Assert.True((await hall.SupervisionLog.VerifyChainAsync()).Intact);
        await using var db = await hall.Contexts.CreateDbContextAsync();
        Assert.Equal(6, await db.OpenBreaches.CountAsync());
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Completing_a_breached_step_records_one_correction_and_leaves_the_red_record_as_it_was(string provider)
    {
        await using var hall = await SupervisionScene.CreateAsync(provider);
        var applied = await ApplyAsync(hall);
        hall.MoveTo(December(9, 0, 30));
        await hall.Sweep.RunAsync();
        var before = await LogAsync(hall);
        var red = before.Single(r => r.Level == 2);

        hall.MoveTo(December(9, 10));
        Ok(await hall.Actions.AcceptAsync(applied.Id, "zhang.wei", "材料齐全"));
        var result = await hall.Sweep.RunAsync();
        Assert.Equal(1, result.Corrections);
        Assert.Equal(0, (await hall.Sweep.RunAsync()).Recorded);

        var log = await LogAsync(hall);
        var correction = Assert.Single(log, r => r.Level == 3);
        Assert.Equal((SupervisionRules.Corrected, red.Sequence, red.SubjectId), (correction.RuleCode, correction.CorrectsSequence, correction.SubjectId));
        Assert.Equal(Utc(red.DueAt), Utc(correction.DueAt));
        Assert.Equal((long)(December(9, 10) - December(8, 23, 59).AddSeconds(59)).TotalMinutes, correction.OverdueMinutes);
        Assert.Contains("办结", correction.Description);
        Assert.Contains(red.RecordNumber, correction.Description);
        Assert.Equal(red.Hash, log.Single(r => r.Sequence == red.Sequence).Hash);
        await using var db = await hall.Contexts.CreateDbContextAsync();
        Assert.Empty(await db.OpenBreaches.ToListAsync());
        Assert.Equal(red.Sequence, (await hall.Supervision.ListAsync(new SupervisionFilter { Status = SupervisionStatus.Corrected })).Single().Sequence);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_extension_moves_the_case_deadline_so_the_red_comes_at_the_new_time_and_not_the_old(string provider)
    {
        await using var hall = await SupervisionScene.CreateAsync(provider);
        var applied = await ApplyAsync(hall);
        hall.MoveTo(December(1, 10));
        Ok(await hall.Actions.AcceptAsync(applied.Id, "zhang.wei", null)); // promised: end of Tue 12-08
        await hall.Sweep.RunAsync();
        hall.MoveTo(December(1, 11));
        Ok(await hall.Actions.ExtendAsync(applied.Id, "li.na", 5, "需现场核查用火区域", "sun.li")); // promised: end of Tue 12-15
        await hall.Sweep.RunAsync();

        hall.MoveTo(December(9, 0, 30));
        await hall.Sweep.RunAsync();
        Assert.DoesNotContain(await LogAsync(hall), r => r.SubjectKind == SupervisionRules.CaseSubject);

        hall.MoveTo(December(16, 0, 30));
        await hall.Sweep.RunAsync();
        var log = await LogAsync(hall);
        var caseRed = Assert.Single(log, r => r.RuleCode == SupervisionRules.CasePromisedOverdue);
        Assert.Equal(EndOfDecember(15), Utc(caseRed.DueAt));
        var caseYellow = Assert.Single(log, r => r.RuleCode == SupervisionRules.CasePromisedWarning);
        Assert.Equal(EndOfDecember(14), Utc(caseYellow.DueAt));
        Assert.DoesNotContain(log, r => r.SubjectKind == SupervisionRules.CaseSubject && Utc(r.DueAt) == EndOfDecember(8));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_pause_holds_the_step_deadline_and_the_resume_moves_it(string provider)
    {
        await using var hall = await SupervisionScene.CreateAsync(provider);
        var applied = await ApplyAsync(hall);
        Ok(await hall.Actions.AcceptAsync(applied.Id, "zhang.wei", null)); // 审核 opens Tue 12-01: due at the end of Tue 12-15
        hall.MoveTo(December(2, 9));
        Ok(await hall.Actions.StartSpecialProcedureAsync(applied.Id, "li.na", "现场勘验", "核实用火区域", null));

        hall.MoveTo(December(16, 9));
        await hall.Sweep.RunAsync();
        Assert.DoesNotContain(await LogAsync(hall), r => r.NodeId == "review");

        Ok(await hall.Actions.EndSpecialProcedureAsync(applied.Id, "li.na", "勘验无异常")); // 10 working days stood still: due end of Tue 12-29
        await hall.Sweep.RunAsync();
        Assert.DoesNotContain(await LogAsync(hall), r => r.NodeId == "review" && r.Level == 2);

        hall.MoveTo(December(30, 0, 30));
        await hall.Sweep.RunAsync();
        var red = Assert.Single(await LogAsync(hall), r => r.NodeId == "review" && r.Level == 2);
        Assert.Equal(EndOfDecember(29), Utc(red.DueAt));
        Assert.Equal(December(30, 0, 30).UtcDateTime, Utc(red.NoticedAt));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_step_overdue_while_the_case_is_within_its_promised_limit_is_recorded_as_such(string provider)
    {
        await using var hall = await SupervisionScene.CreateAsync(provider);
        var applied = await ApplyAsync(hall);
        Ok(await hall.Actions.AcceptAsync(applied.Id, "zhang.wei", null));
        await using (var db = await hall.Contexts.CreateDbContextAsync())
        {
            // A matter whose promised limit outlasts the review step's own.
            var later = EndOfDecember(31);
            await db.Cases.Where(c => c.Id == applied.Id).ExecuteUpdateAsync(s => s.SetProperty(c => c.PromisedDueAt, later).SetProperty(c => c.StatutoryDueAt, later));
        }

        hall.MoveTo(December(16, 9));
        await hall.Sweep.RunAsync();

        var red = Assert.Single(await LogAsync(hall), r => r.NodeId == "review" && r.Level == 2);
        Assert.Equal(SupervisionRules.StepOverOwnLimit, red.RuleCode);
        Assert.Contains("承诺时限内", red.Description);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_refusal_without_reasons_is_a_red_record(string provider)
    {
        await using var hall = await SupervisionScene.CreateAsync(provider);
        var applied = await ApplyAsync(hall);
        var decided = December(1, 15).UtcDateTime;
        await using (var db = await hall.Contexts.CreateDbContextAsync())
        {
            // Only data from elsewhere can show it: the hall's own refusals require reasons.
            await db.Cases.Where(c => c.Id == applied.Id).ExecuteUpdateAsync(s => s
                .SetProperty(c => c.Status, "NotAccepted").SetProperty(c => c.DecidedAt, decided).SetProperty(c => c.SuperviseAt, decided));
        }
        hall.MoveTo(December(1, 16));

        await hall.Sweep.RunAsync();
        await hall.Sweep.RunAsync();

        var red = Assert.Single(await LogAsync(hall), r => r.RuleCode == SupervisionRules.RefusalWithoutReasons);
        Assert.Equal((2, SupervisionRules.CaseSubject), (red.Level, red.SubjectKind));
        Assert.Contains("不予受理", red.Description);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_red_breach_notifies_the_supervising_post_of_the_nearest_unit_above(string provider)
    {
        await using var hall = await SupervisionScene.CreateAsync(provider);
        await ApplyAsync(hall);
        hall.MoveTo(December(8, 1));
        await hall.Sweep.RunAsync(); // the yellow warning notifies no one
        await using (var db = await hall.Contexts.CreateDbContextAsync()) Assert.Empty(await db.Notifications.ToListAsync());

        hall.MoveTo(December(9, 1));
        await hall.Sweep.RunAsync();
        await hall.Sweep.RunAsync();

        await using var check = await hall.Contexts.CreateDbContextAsync();
        var notice = Assert.Single(await check.Notifications.ToListAsync());
        var red = (await LogAsync(hall)).Single(r => r.Level == 2);
        Assert.Equal((CountySupervisor, "supervision", SampleHall.County, red.Sequence), (notice.Recipient, notice.Post, notice.UnitCode, notice.SupervisionSequence));
        Assert.StartsWith("红牌督办", notice.Subject);
        Assert.Contains(red.RecordNumber, notice.Body);
        Assert.Null(notice.ReadAt);
    }
}
