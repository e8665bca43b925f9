using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkflowHall.Data;
using WorkflowHall.Data.Integrity;
using WorkflowHall.Engine.Trail;
using WorkflowHall.Web.Api.Instances;
using WorkflowHall.Web.Tests.Infrastructure;
using WorkflowHall.Web.Tests.Pages;

namespace WorkflowHall.Web.Tests.Api;

/// <summary>
/// An instance whose rows were changed in the database, as its administrator could: the API and the auditor's replay
/// answer with what is wrong and where — the broken event by its sequence, the state by the path that does not read —
/// and show the rest, instead of failing with a 500.
/// </summary>
public sealed class DamagedInstanceTests
{
    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_trail_row_of_an_unknown_kind_is_named_by_verify_by_the_instance_and_by_the_replay_page(string provider)
    {
        await using var hall = await CaseApiFixture.StartAsync(provider);
        var id = hall.Case.Id;
        var length = await UpdateAsync(hall, db => db.TrailEvents.Where(e => e.InstanceId == id && e.Sequence == 3).ExecuteUpdateAsync(s => s.SetProperty(e => e.Kind, "Teleported")));

        var verify = await (await hall.Client("key-feng").PostAsync($"/api/instances/{id}/verify", null)).ExpectAsync(200);
        var instance = await (await hall.Client("key-qian").GetAsync($"/api/instances/{id}")).ExpectAsync(200);
        var page = await ReplayPageAsync(hall);

        Assert.False(verify.GetProperty("valid").GetBoolean());
        Assert.False(verify.GetProperty("chainIntact").GetBoolean());
        Assert.Equal(3, verify.GetProperty("firstBrokenSequence").GetInt64());
        Assert.Contains("\"Teleported\"", verify.Text("brokenReason"));
        Assert.False(verify.TryGetProperty("replayMatches", out _), "replay did not run, so it cannot have matched");

        var trail = instance.GetProperty("trail").EnumerateArray().ToList();
        Assert.Equal(length, trail.Count);
        Assert.Equal("Teleported", trail.Single(e => e.GetProperty("sequence").GetInt64() == 3).Text("kind"));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("data-result=\"broken\" data-sequence=\"3\"", page.Html);
        Assert.Contains("留痕链在第 3 条事件处断开", page.Html);
        Assert.Contains("事件类型无法识别", page.Html);
        Assert.Contains(hall.Case.CaseNumber, page.Html);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Stored_variables_that_do_not_read_are_a_precise_problem_and_the_replay_page_names_them(string provider)
    {
        await using var hall = await CaseApiFixture.StartAsync(provider);
        var id = hall.Case.Id;
        string state;
        await using (var db = await Contexts(hall).CreateDbContextAsync()) state = (await db.Instances.SingleAsync(i => i.Id == id)).StateJson;
        Assert.Contains("\"Variables\":{", state);
        var damaged = state.Replace("\"Variables\":{", "\"Variables\":{\"amount\":1e999,");
        await UpdateAsync(hall, db => db.Instances.Where(i => i.Id == id).ExecuteUpdateAsync(s => s.SetProperty(i => i.StateJson, damaged)));

        var response = await hall.Client("key-qian").GetAsync($"/api/instances/{id}");
        var page = await ReplayPageAsync(hall);

        var problem = await response.ExpectAsync(409);
        Assert.Equal("InstanceStateUnreadable", problem.Text("code"));
        Assert.Contains($"办件 {id} 的存储状态无法读取", problem.Text("messageZh"));
        Assert.Contains("$.Variables", problem.Text("messageEn"));
        Assert.Contains("1e999 does not fit a decimal", problem.Text("messageEn"));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("data-testid=\"state-unreadable\"", page.Html);
        Assert.Contains("1e999 does not fit a decimal", page.Html);
        Assert.Contains("data-result=\"pass\"", page.Html); // the trail itself is untouched and still replays
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Replay_matches_only_when_replay_ran_and_is_absent_when_the_chain_is_broken(string provider)
    {
        await using var hall = await CaseApiFixture.StartAsync(provider);
        var id = hall.Case.Id;
        var auditor = hall.Client("key-feng");

        var intact = await (await auditor.PostAsync($"/api/instances/{id}/verify", null)).ExpectAsync(200);
        await UpdateAsync(hall, db => db.TrailEvents.Where(e => e.InstanceId == id && e.Sequence == 1).ExecuteUpdateAsync(s => s.SetProperty(e => e.Actor, "someone.else")));
        var broken = await (await auditor.PostAsync($"/api/instances/{id}/verify", null)).ExpectAsync(200);

        Assert.True(intact.GetProperty("valid").GetBoolean());
        Assert.True(intact.GetProperty("replayMatches").GetBoolean());
        Assert.False(broken.GetProperty("chainIntact").GetBoolean());
        Assert.Equal(1, broken.GetProperty("firstBrokenSequence").GetInt64());
        Assert.False(broken.TryGetProperty("replayMatches", out _));
    }

    [Fact]
    public void A_replay_that_diverges_reports_replay_matches_false()
    {
        var divergent = VerificationResponse.From("i", new TrailVerification { EventCount = 5, FirstDivergentSequence = 4, DivergenceReason = "opinion" }, [1], new CheckpointVerification { Checkpoints = 0 });
        var broken = VerificationResponse.From("i", new TrailVerification { EventCount = 5, FirstBrokenSequence = 2, BrokenReason = "edited" }, [1], new CheckpointVerification { Checkpoints = 0 });

        Assert.True(divergent.ChainIntact);
        Assert.False(divergent.ReplayMatches);
        Assert.False(broken.ChainIntact);
        Assert.Null(broken.ReplayMatches);
    }

    private static IDbContextFactory<HallDbContext> Contexts(CaseApiFixture hall) => hall.Node.Services.GetRequiredService<IDbContextFactory<HallDbContext>>();

    /// <summary>Changes rows straight in the database; answers the instance's trail length.</summary>
    private static async Task<long> UpdateAsync(CaseApiFixture hall, Func<HallDbContext, Task<int>> update)
    {
        await using var db = await Contexts(hall).CreateDbContextAsync();
        Assert.Equal(1, await update(db));
        return await db.TrailEvents.LongCountAsync(e => e.InstanceId == hall.Case.Id);
    }

    private static async Task<(HttpStatusCode Status, string Html)> ReplayPageAsync(CaseApiFixture hall)
    {
        var browser = new BrowserSession();
        Assert.Equal(HttpStatusCode.Found, (await browser.SignInAsync(hall.Node, hall.Node, "feng.xue", "Hall@2026")).StatusCode);
        var response = await browser.GetAsync(hall.Node, $"/audit/cases/{hall.Case.CaseNumber}");
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}
