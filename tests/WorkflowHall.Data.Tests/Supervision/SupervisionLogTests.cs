using System.Text;
using Microsoft.EntityFrameworkCore;
using WorkflowHall.Data.Supervision;
using static WorkflowHall.Data.Tests.Supervision.SupervisionScene;

namespace WorkflowHall.Data.Tests.Supervision;

using WorkflowHall.Data.Tests.Infrastructure;

public class SupervisionLogTests
{
    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_chain_verifies_and_an_edited_or_removed_record_is_named(string provider)
    {
        await using var hall = await SupervisionScene.CreateAsync(provider);
        for (var i = 0; i < 3; i++) await ApplyAsync(hall);
        hall.MoveTo(December(9, 1));
        await hall.Sweep.RunAsync();
        var verified = await hall.SupervisionLog.VerifyChainAsync();
        Assert.True(verified.Intact);
        Assert.Equal(6, verified.Records);

        await using (var db = await hall.Contexts.CreateDbContextAsync())
        {
            await db.SupervisionLog.Where(r => r.Sequence == 4).ExecuteUpdateAsync(s => s.SetProperty(r => r.Description, "已按时办结"));
        }
        var edited = await hall.SupervisionLog.VerifyChainAsync();
        Assert.False(edited.Intact);
        Assert.Equal((4L, 3L), (edited.FirstBrokenSequence!.Value, edited.Records));
        Assert.Contains("altered", edited.Problem);

        await using (var db = await hall.Contexts.CreateDbContextAsync())
        {
            await db.SupervisionLog.Where(r => r.Sequence == 2).ExecuteDeleteAsync();
        }
        var removed = await hall.SupervisionLog.VerifyChainAsync();
        Assert.Equal(3L, removed.FirstBrokenSequence);
        Assert.Contains("missing", removed.Problem);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Auditors_filter_count_and_export_the_log(string provider)
    {
        await using var hall = await SupervisionScene.CreateAsync(provider);
        var late = await ApplyAsync(hall);
        var onTime = await ApplyAsync(hall);
        hall.MoveTo(December(2, 10));
        Ok(await hall.Actions.AcceptAsync(onTime.Id, "zhang.wei", null));
        hall.MoveTo(December(9, 1));
        await hall.Sweep.RunAsync();
        hall.MoveTo(December(9, 10));
        Ok(await hall.Actions.AcceptAsync(late.Id, "zhang.wei", null)); // the breached 受理 step is corrected
        await hall.Sweep.RunAsync();
        hall.MoveTo(December(10, 1)); // the on-time case's promised deadline (end of 12-09) passes
        await hall.Sweep.RunAsync();

        var all = await hall.Supervision.ListAsync(new SupervisionFilter());
        Assert.Equal(["step-warning", "step-overdue", "case-promised-warning", "corrected", "case-promised-overdue"], all.Select(r => r.RuleCode).ToArray());
        Assert.Equal(2, await hall.Supervision.CountAsync(new SupervisionFilter { Level = SupervisionLevel.Breach }));
        Assert.Equal(1, await hall.Supervision.CountAsync(new SupervisionFilter { Status = SupervisionStatus.Open }));
        Assert.Equal(1, await hall.Supervision.CountAsync(new SupervisionFilter { Status = SupervisionStatus.Corrected }));
        Assert.Equal(5, await hall.Supervision.CountAsync(new SupervisionFilter { Unit = SampleHall.Forestry, Matter = SampleHall.MatterCode }));
        Assert.Equal(0, await hall.Supervision.CountAsync(new SupervisionFilter { Unit = SampleHall.Town }));
        Assert.Equal(0, await hall.Supervision.CountAsync(new SupervisionFilter { From = December(9, 2) , To = December(9, 9)}));

        var figures = await hall.Supervision.FiguresAsync(new SupervisionFilter { From = December(1, 0), To = December(31, 0) });
        Assert.Equal((2, 1), (figures.CompletedSteps, figures.StepsOnTime));
        Assert.Equal(0.5, figures.StepOnTimeRate);
        Assert.Equal((1, 1), (figures.OverdueSteps, figures.OverdueCases));
        Assert.Equal((2, 2, 1), (figures.Warnings, figures.Breaches, figures.Corrections));
        Assert.Equal((December(9, 10) - December(8, 23, 59).AddSeconds(59)).TotalDays, figures.AverageStepOverdueDays!.Value, 4);

        using var csv = new MemoryStream();
        await hall.Supervision.WriteCsvAsync(new SupervisionFilter(), csv);
        var bytes = csv.ToArray();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(6, lines.Length);
        Assert.StartsWith("监察编号 Record number,办件编号 Case number,", lines[0]);
        Assert.Contains(late.CaseNumber, lines[1]);
        Assert.Contains("2026-12-09 01:00:00", string.Join("\n", lines));
    }
}
