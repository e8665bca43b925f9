using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using WorkflowHall.Web.Scheduling;
using WorkflowHall.Web.Tests.Infrastructure;

namespace WorkflowHall.Web.Tests.Scheduling;

// Inside the namespace: WorkflowHall.Web.Cases (the case pages) would otherwise hide the test helper.
using Cases = WorkflowHall.Web.Tests.Infrastructure.Cases;

public sealed class DueTimersJobTests(HallApiFactory factory) : IClassFixture<HallApiFactory>
{
    [Fact]
    public async Task The_timer_job_fires_timers_that_have_come_due()
    {
        var clock = ManualClock.StartingNow();
        using var host = factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(clock)));
        var admin = host.CreateClient();
        admin.DefaultRequestHeaders.Add("X-Api-Key", HallApiFactory.AdminKey);
        await (await admin.PostXmlAsync("/api/definitions", SampleBpmn.TimedReview)).ExpectAsync(200);
        await (await admin.PostJsonAsync("/api/definitions/timed-review/publish", new { })).ExpectAsync(201);
        var id = (await (await admin.PostJsonAsync("/api/instances", new { definitionKey = "timed-review", handlingUnit = Cases.Unit })).ExpectAsync(201))
            .Text("id");
        var job = ActivatorUtilities.CreateInstance<DueTimersJob>(host.Services);

        await job.RunOnceAsync(CancellationToken.None);
        Assert.Equal("Running", (await (await admin.GetAsync($"/api/instances/{id}?trail=false")).ExpectAsync(200)).Text("status"));

        clock.Advance(TimeSpan.FromHours(2));
        await job.RunOnceAsync(CancellationToken.None);

        var instance = await (await admin.GetAsync($"/api/instances/{id}")).ExpectAsync(200);
        Assert.Equal("Completed", instance.Text("status"));
        Assert.Equal("expired", instance.Text("endNodeId"));
        Assert.Contains(instance.GetProperty("trail").EnumerateArray(), e => e.Text("kind") == "TimerFired");
    }
}
