using WorkflowHall.Data.Records.Hall;
using WorkflowHall.Data.Supervision;
using WorkflowHall.Data.Tests.Infrastructure;

namespace WorkflowHall.Data.Tests.Administration;

public class SupervisionSettingsTests
{
    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Saved_settings_are_what_the_sweep_reads_here_at_once_and_on_another_node_at_its_refresh(string provider)
    {
        await using var hall = await HallWithPostsAsync(provider);
        var hereOptions = new SupervisionOptions();
        var thereOptions = new SupervisionOptions();
        var here = new SupervisionSettings(hall.Contexts, hereOptions, hall.Clock);
        var there = new SupervisionSettings(hall.Contexts, thereOptions, hall.Clock);

        var saved = await here.SaveAsync(new SupervisionSettingValues(3, "leader-approval", TimeSpan.FromMinutes(1)), "qian.lei", expectedRevision: 0);

        Assert.True(saved.Succeeded, saved.Error?.ToString());
        Assert.Equal((3, "leader-approval", TimeSpan.FromMinutes(1)), (hereOptions.CaseWarningWorkingDays, hereOptions.SupervisingPost, hereOptions.SweepInterval));
        Assert.Equal(1, thereOptions.CaseWarningWorkingDays);
        Assert.True(await there.RefreshAsync());
        Assert.Equal((3, "leader-approval"), (thereOptions.CaseWarningWorkingDays, thereOptions.SupervisingPost));
        var state = await there.GetAsync();
        Assert.Equal((1, "qian.lei", 1, "supervision"), (state.Revision, state.SavedBy, state.Configured.CaseWarningWorkingDays, state.Configured.SupervisingPost));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Wrong_or_stale_settings_are_refused_and_nothing_changes(string provider)
    {
        await using var hall = await HallWithPostsAsync(provider);
        var options = new SupervisionOptions();
        var settings = new SupervisionSettings(hall.Contexts, options, hall.Clock);

        var unknownPost = await settings.SaveAsync(new SupervisionSettingValues(2, "no-such-post", TimeSpan.FromSeconds(5)), "qian.lei", 0);
        var tooMany = await settings.SaveAsync(new SupervisionSettingValues(11, "supervision", TimeSpan.FromSeconds(5)), "qian.lei", 0);
        var tooOften = await settings.SaveAsync(new SupervisionSettingValues(2, "supervision", TimeSpan.FromMilliseconds(100)), "qian.lei", 0);
        Assert.True((await settings.SaveAsync(new SupervisionSettingValues(2, "supervision", TimeSpan.FromSeconds(5)), "qian.lei", 0)).Succeeded);
        var stale = await settings.SaveAsync(new SupervisionSettingValues(5, "supervision", TimeSpan.FromSeconds(5)), "other.admin", 0);

        Assert.Equal(("supervision.post", nameof(SupervisionSettingValues.SupervisingPost)), (unknownPost.Error?.Code, unknownPost.Error?.Target));
        Assert.Equal("supervision.warning-days", tooMany.Error?.Code);
        Assert.Equal("supervision.sweep-interval", tooOften.Error?.Code);
        Assert.Equal("supervision.conflict", stale.Error?.Code);
        Assert.Equal(2, options.CaseWarningWorkingDays);
    }

    private static async Task<TestHall> HallWithPostsAsync(string provider)
    {
        var hall = await TestHall.CreateAsync(provider);
        await using var db = await hall.Contexts.CreateDbContextAsync();
        db.Posts.AddRange(new PostRecord { Code = "supervision", Name = "监察" }, new PostRecord { Code = "leader-approval", Name = "分管领导审批" });
        await db.SaveChangesAsync();
        return hall;
    }
}
