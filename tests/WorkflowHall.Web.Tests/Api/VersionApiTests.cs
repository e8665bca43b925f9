using WorkflowHall.Web.Tests.Infrastructure;

namespace WorkflowHall.Web.Tests.Api;

// Inside the namespace: WorkflowHall.Web.Cases (the case pages) would otherwise hide the test helper.
using Cases = WorkflowHall.Web.Tests.Infrastructure.Cases;

/// <summary>One story, in order: it publishes a second version of the bare copy of the standard process, so it has the database to itself.</summary>
public sealed class VersionApiTests(HallApiFactory factory) : IClassFixture<HallApiFactory>
{
    [Fact]
    public async Task Version_2_takes_new_cases_while_a_running_case_stays_on_1_until_migrated()
    {
        var admin = factory.Client(HallApiFactory.AdminKey);
        var clerk = factory.Client(HallApiFactory.ClerkKey);
        var running = await Cases.StartAsync(factory);
        var runningId = running.Text("id");

        // Version 2: acceptance within 3 working days instead of 5.
        var changed = Cases.Bare(SampleBpmn.Standard()).Replace(
            "hall:stage=\"accept\" hall:post=\"window-acceptance\"\n                   hall:timeLimit=\"5\"",
            "hall:stage=\"accept\" hall:post=\"window-acceptance\"\n                   hall:timeLimit=\"3\"");
        Assert.NotEqual(Cases.Bare(SampleBpmn.Standard()), changed);
        await (await admin.PostXmlAsync("/api/definitions", changed)).ExpectAsync(200);
        var published = await admin.PostJsonAsync($"/api/definitions/{Cases.Definition}/publish", new { note = "受理时限缩短为3个工作日" });
        var version = await published.ExpectAsync(201);
        Assert.Equal(2, version.Int("version"));
        Assert.Equal($"/api/definitions/{Cases.Definition}/versions/2", published.Headers.Location?.OriginalString);

        var comparison = await (await admin.GetAsync($"/api/definitions/{Cases.Definition}/compare?from=1&to=2")).ExpectAsync(200);
        var change = Assert.Single(comparison.GetProperty("nodes").EnumerateArray());
        Assert.Equal("accept", change.Text("elementId"));
        Assert.Contains("timeLimit", change.GetProperty("properties").EnumerateArray().Select(p => p.GetString()));

        var fresh = await Cases.StartAsync(factory);
        Assert.Equal(2, fresh.Int("definitionVersion"));
        Assert.True(Cases.OpenItem(fresh).GetProperty("dueAt").GetDateTimeOffset() < Cases.OpenItem(running).GetProperty("dueAt").GetDateTimeOffset());
        var stillOld = await (await clerk.GetAsync($"/api/instances/{runningId}?trail=false")).ExpectAsync(200);
        Assert.Equal(1, stillOld.Int("definitionVersion"));

        // Migration: a clerk may not; the dry run reports and moves nothing; applying moves the case.
        var plan = new { key = Cases.Definition, fromVersion = 1, toVersion = 2, reason = "适用新时限" };
        Assert.Equal(403, (int)(await clerk.PostJsonAsync("/api/migrations", plan)).StatusCode);
        var single = await (await admin.PostJsonAsync($"/api/instances/{runningId}/migrate", new { toVersion = 2 })).ExpectAsync(200);
        Assert.True(single.GetProperty("canApply").GetBoolean());
        var dryRun = await (await admin.PostJsonAsync("/api/migrations", plan)).ExpectAsync(200);
        Assert.True(dryRun.GetProperty("dryRun").GetBoolean());
        Assert.Equal(1, dryRun.Int("instances"));
        Assert.Equal(0, dryRun.Int("migrated"));
        Assert.True(dryRun.GetProperty("canApply").GetBoolean());
        Assert.Equal(1, (await (await clerk.GetAsync($"/api/instances/{runningId}?trail=false")).ExpectAsync(200)).Int("definitionVersion"));

        var applied = await (await admin.PostJsonAsync("/api/migrations", new { plan.key, plan.fromVersion, plan.toVersion, plan.reason, dryRun = false }))
            .ExpectAsync(200);
        Assert.Equal(1, applied.Int("migrated"));

        var migrated = await (await clerk.GetAsync($"/api/instances/{runningId}")).ExpectAsync(200);
        Assert.Equal(2, migrated.Int("definitionVersion"));
        Assert.Contains(migrated.GetProperty("trail").EnumerateArray(), e => e.Text("kind") == "InstanceMigrated" && e.Text("actor") == "admin");
        var verification = await (await clerk.PostAsync($"/api/instances/{runningId}/verify", null)).ExpectAsync(200);
        Assert.True(verification.GetProperty("valid").GetBoolean(), verification.ToString());
        Assert.Equal([1, 2], verification.GetProperty("versionsReplayed").EnumerateArray().Select(v => v.GetInt32()));
    }
}
