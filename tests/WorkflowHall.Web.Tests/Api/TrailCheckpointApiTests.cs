using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkflowHall.Data;
using WorkflowHall.Data.Runtime;
using WorkflowHall.Engine.Trail;
using WorkflowHall.Web.Scheduling;
using WorkflowHall.Web.Tests.Infrastructure;

namespace WorkflowHall.Web.Tests.Api;

// Inside the namespace: WorkflowHall.Web.Cases (the case pages) would otherwise hide the test helper.
using Cases = WorkflowHall.Web.Tests.Infrastructure.Cases;

public sealed class TrailCheckpointApiTests(HallApiFactory factory) : IClassFixture<HallApiFactory>
{
    private const string Opinion = "材料齐全，同意受理";
    private const string Forged = "材料不全，仍予受理";

    private readonly HttpClient _clerk = factory.Client(HallApiFactory.ClerkKey);

    [Fact]
    public async Task Verify_names_the_event_whose_opinion_was_rewritten_with_the_chain_and_head_recomputed()
    {
        var started = await Cases.StartAsync(factory);
        var id = started.Text("id");
        var item = Cases.OpenItem(started);
        foreach (var node in new[] { "accept", "review", "approve", "issue" })
        {
            var done = await Cases.CompleteAsync(_clerk, id, item, node, node == "accept" ? Opinion : "同意");
            if (node != "issue") item = Cases.OpenItem(done);
        }

        var clean = await (await _clerk.PostAsync($"/api/instances/{id}/verify", null)).ExpectAsync(200);
        Assert.True(clean.GetProperty("valid").GetBoolean());
        var sealedBy = clean.GetProperty("checkpoints");
        Assert.True(sealedBy.GetProperty("holds").GetBoolean());
        Assert.Equal(clean.Int("eventCount"), sealedBy.GetProperty("coveredThrough").GetInt64());

        var forged = await RewriteOpinionAsync(id);

        var verification = await (await _clerk.PostAsync($"/api/instances/{id}/verify", null)).ExpectAsync(200);
        Assert.True(verification.GetProperty("chainIntact").GetBoolean()); // the rewrite fools the chain…
        Assert.False(verification.GetProperty("valid").GetBoolean());      // …but not the signed checkpoint
        var checkpoints = verification.GetProperty("checkpoints");
        Assert.False(checkpoints.GetProperty("holds").GetBoolean());
        Assert.Equal(forged, checkpoints.GetProperty("firstMismatchSequence").GetInt64());
        Assert.Contains($"第 {forged} 条事件与已签名的检查点", checkpoints.Text("problem"));
    }

    [Fact]
    public async Task The_periodic_checkpoint_job_seals_an_open_case()
    {
        var started = await Cases.StartAsync(factory);
        var id = started.Text("id");
        var before = (await (await _clerk.PostAsync($"/api/instances/{id}/verify", null)).ExpectAsync(200)).GetProperty("checkpoints");
        Assert.Equal(0, before.GetProperty("checkpoints").GetInt32());

        await ActivatorUtilities.CreateInstance<CheckpointJob>(factory.Services).RunOnceAsync(CancellationToken.None);

        var after = await (await _clerk.PostAsync($"/api/instances/{id}/verify", null)).ExpectAsync(200);
        var checkpoints = after.GetProperty("checkpoints");
        Assert.True(checkpoints.GetProperty("holds").GetBoolean());
        Assert.Equal(1, checkpoints.GetProperty("checkpoints").GetInt32());
        Assert.Equal(after.Int("eventCount"), checkpoints.GetProperty("coveredThrough").GetInt64());
    }

    /// <summary>As a database administrator would: the opinion in the event and its command, every hash after it, and the chain head.</summary>
    private async Task<long> RewriteOpinionAsync(string id)
    {
        var trail = await factory.Services.GetRequiredService<WorkflowRuntime>().TrailAsync(id);
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<HallDbContext>>().CreateDbContextAsync();
        var first = trail.First(e => e.Opinion == Opinion).Sequence;
        var previous = TrailHash.Genesis;
        foreach (var e in trail)
        {
            var edited = e.Sequence < first ? e : e with
            {
                Opinion = e.Opinion == Opinion ? Forged : e.Opinion,
                Command = e.Command?.Replace(Opinion, Forged, StringComparison.Ordinal),
                PreviousHash = previous,
            };
            edited = edited with { Hash = TrailHash.Compute(edited) };
            await db.TrailEvents.Where(r => r.InstanceId == id && r.Sequence == e.Sequence).ExecuteUpdateAsync(s => s
                .SetProperty(r => r.Opinion, edited.Opinion).SetProperty(r => r.Command, edited.Command)
                .SetProperty(r => r.PreviousHash, edited.PreviousHash).SetProperty(r => r.Hash, edited.Hash));
            previous = edited.Hash;
        }
        var instance = await db.Instances.SingleAsync(i => i.Id == id);
        instance.StateJson = instance.StateJson.Replace(instance.TrailHead, previous, StringComparison.Ordinal);
        instance.TrailHead = previous;
        await db.SaveChangesAsync();
        return first;
    }
}
