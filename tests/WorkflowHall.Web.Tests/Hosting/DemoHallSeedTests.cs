using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkflowHall.Data;
using WorkflowHall.Web.Tests.Infrastructure;

namespace WorkflowHall.Web.Tests.Hosting;

public sealed class DemoHallSeedTests
{
    [Fact]
    public async Task A_fresh_host_loads_the_demo_hall_and_a_restart_changes_nothing()
    {
        await using var factory = new HallApiFactory();
        var versions = await (await factory.Client(HallApiFactory.AdminKey).GetAsync("/api/definitions")).ExpectAsync(200);

        Assert.Equal(["disability-certificate", "hazardous-chemicals-licence", "instant-handling", "standard-approval", "upper-level-approval", "village-agent-approval"],
            versions.EnumerateArray().Select(v => v.Text("key")).Order());
        var before = await Counts(factory);
        Assert.Equal((29, 52, 12, 12), (before.Units, before.People, before.Published, before.MatterVersions));

        await using var restarted = new HallApiFactory { Settings = new Dictionary<string, string> { ["Database:ConnectionString"] = factory.ConnectionString } };
        await (await restarted.Client(HallApiFactory.AdminKey).GetAsync("/api/definitions")).ExpectAsync(200);
        Assert.Equal(before, await Counts(restarted));
    }

    [Fact]
    public async Task With_seeding_off_the_host_starts_empty()
    {
        await using var factory = new HallApiFactory { Settings = new Dictionary<string, string> { ["Hall:SeedDemo"] = "false" } };

        var versions = await (await factory.Client(HallApiFactory.AdminKey).GetAsync("/api/definitions")).ExpectAsync(200);

        Assert.Empty(versions.EnumerateArray());
        Assert.Equal((0, 0, 0, 0), await Counts(factory));
    }

    private static async Task<(int Units, int People, int Published, int MatterVersions)> Counts(HallApiFactory factory)
    {
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<HallDbContext>>().CreateDbContextAsync();
        return (await db.OrgUnits.CountAsync(), await db.People.CountAsync(), await db.Matters.CountAsync(m => m.PublishedVersion != null), await db.MatterVersions.CountAsync());
    }
}
