using WorkflowHall.Web.Tests.Infrastructure;

namespace WorkflowHall.Web.Tests.Api;

// Inside the namespace: WorkflowHall.Web.Cases (the case pages) would otherwise hide the test helper.
using Cases = WorkflowHall.Web.Tests.Infrastructure.Cases;

public sealed class MigrationPlanTests(HallApiFactory factory) : IClassFixture<HallApiFactory>
{
    [Fact]
    public async Task A_plan_that_leaves_a_case_without_a_place_is_a_422_listing_it()
    {
        var admin = factory.Client(HallApiFactory.AdminKey);
        var started = await Cases.StartAsync(factory);

        var response = await admin.PostJsonAsync($"/api/instances/{started.Text("id")}/migrate",
            new { toVersion = 1, nodeMapping = new Dictionary<string, string> { ["accept"] = "no-such-node" }, dryRun = false });

        var problem = await response.ExpectAsync(422);
        Assert.Equal("MigrationInvalid", problem.Text("code"));
        var item = Assert.Single(problem.GetProperty("problems").EnumerateArray());
        Assert.Equal(started.Text("id"), item.Text("instanceId"));
        Assert.Equal("accept", item.Text("elementId"));
    }
}
