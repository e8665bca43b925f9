using Microsoft.EntityFrameworkCore;
using WorkflowHall.Data.Integrity;
using WorkflowHall.Data.Runtime;
using WorkflowHall.Engine.Execution;
using WorkflowHall.Engine.Execution.Commands;
using WorkflowHall.Engine.Trail;

namespace WorkflowHall.Data.Tests.Integrity;

using WorkflowHall.Data.Tests.Infrastructure;

public class TrailCheckpointTests
{
    private const string Opinion = "材料齐全，同意受理";

    private static async Task<TestHall> HallAsync(string provider)
    {
        var hall = await TestHall.CreateAsync(provider);
        await hall.PublishStandardAsync();
        return hall;
    }

    private static async Task StartAsync(TestHall hall, string id) =>
        Assert.True((await hall.Runtime.StartAsync(new StartRequest("standard-approval", "440106199001011234")
        {
            InstanceId = id, HandlingUnit = "gz-tianhe", Variables = new Dictionary<string, object?> { ["applicant"] = "440106199001011234" },
        })).IsAccepted);

    private static async Task CompleteAsync(TestHall hall, string id, string node, string opinion)
    {
        hall.Clock.Advance(TimeSpan.FromHours(2));
        var state = InstanceStateJson.Deserialize((await hall.Runtime.FindAsync(id))!.StateJson);
        var item = state.WorkItems.Single(w => w.NodeId == node);
        var done = await hall.Runtime.ExecuteAsync(id, new CompleteWorkItem("clerk", item.Id) { Outcome = node, Opinion = opinion });
        Assert.True(done.IsAccepted, done.Rejection?.ToString());
    }

    /// <summary>A case run to its end: accepted with <see cref="Opinion"/>, then reviewed, approved and issued.</summary>
    private static async Task CloseAsync(TestHall hall, string id)
    {
        await StartAsync(hall, id);
        await CompleteAsync(hall, id, "accept", Opinion);
        foreach (var step in new[] { "review", "approve", "issue" }) await CompleteAsync(hall, id, step, "同意");
    }

    private static async Task<CheckpointVerification> VerifyAsync(TestHall hall, string id)
    {
        var instance = (await hall.Runtime.FindAsync(id))!;
        return await hall.CheckpointVerifier.VerifyTrailAsync(id, await hall.Runtime.TrailAsync(id), instance.EndedAt is not null);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_closed_case_gets_a_final_checkpoint_and_verifies_clean(string provider)
    {
        await using var hall = await HallAsync(provider);
        await CloseAsync(hall, "case-1");

        await using (var db = await hall.Contexts.CreateDbContextAsync())
        {
            var checkpoint = await db.Checkpoints.SingleAsync();
            var payload = CheckpointPayload.Read(checkpoint.Payload)!;
            Assert.Equal((CheckpointLogs.Trail, 1L, "case-1", true), (checkpoint.Log, checkpoint.Number, checkpoint.Subject, payload.Final));
            Assert.Equal((await hall.Runtime.TrailAsync("case-1")).Select(e => e.Hash), payload.Entries.Select(e => e.Hash));
        }
        var check = await VerifyAsync(hall, "case-1");
        Assert.True(check.Holds, check.Problem);
        Assert.Equal((1, 1L), (check.Checkpoints, check.LatestCheckpoint!.Value));
        Assert.Equal((await hall.Runtime.FindAsync("case-1"))!.TrailLength, check.CoveredThrough);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_forged_opinion_with_its_chain_and_head_recomputed_is_named_by_the_checkpoint(string provider)
    {
        await using var hall = await HallAsync(provider);
        await CloseAsync(hall, "case-1");

        var forged = await TrailForgery.RewriteOpinionAsync(hall, "case-1", Opinion, "材料不全，仍予受理");

        // What the issue saw: the chain and the replay alone are satisfied by the rewrite.
        var trail = await hall.Runtime.TrailAsync("case-1");
        Assert.Contains(trail, e => e.Opinion == "材料不全，仍予受理");
        var definition = (await hall.Definitions.LatestAsync("standard-approval"))!;
        Assert.True(TrailVerifier.Verify(definition.Definition, definition.Key, definition.Version, trail).IsValid);

        var check = await VerifyAsync(hall, "case-1");
        Assert.False(check.Holds);
        Assert.Equal(forged, check.FirstMismatchSequence);
        Assert.Equal(1L, check.CheckpointNumber);
        Assert.Contains($"event {forged} differs from signed checkpoint #1", check.Problem);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_forged_trail_is_not_signed_by_the_next_periodic_checkpoint(string provider)
    {
        await using var hall = await HallAsync(provider);
        await StartAsync(hall, "case-1");
        await CompleteAsync(hall, "case-1", "accept", Opinion);
        var first = await hall.Checkpoints.SealTrailsAsync(100);
        Assert.True(Assert.Single(first).Sealed);

        var forged = await TrailForgery.RewriteOpinionAsync(hall, "case-1", Opinion, "材料不全，仍予受理");
        foreach (var step in new[] { "review", "approve", "issue" }) await CompleteAsync(hall, "case-1", step, "同意"); // the close tries to seal, and refuses

        var refused = Assert.Single(await hall.Checkpoints.SealTrailsAsync(100));
        Assert.False(refused.Sealed);
        Assert.Contains($"event {forged} no longer matches its signed checkpoint", refused.Refusal);
        var check = await VerifyAsync(hall, "case-1");
        Assert.Equal(forged, check.FirstMismatchSequence);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_open_case_is_sealed_periodically_as_it_grows(string provider)
    {
        await using var hall = await HallAsync(provider);
        await StartAsync(hall, "case-1");
        Assert.Equal(0, (await VerifyAsync(hall, "case-1")).Checkpoints); // nothing signed yet, and nothing wrong either
        Assert.True((await VerifyAsync(hall, "case-1")).Holds);

        Assert.True(Assert.Single(await hall.Checkpoints.SealTrailsAsync(100)).Sealed);
        Assert.Empty(await hall.Checkpoints.SealTrailsAsync(100)); // nothing new
        await CompleteAsync(hall, "case-1", "accept", Opinion);
        Assert.True(Assert.Single(await hall.Checkpoints.SealTrailsAsync(100)).Sealed);

        var check = await VerifyAsync(hall, "case-1");
        Assert.True(check.Holds, check.Problem);
        Assert.Equal((2, 2L), (check.Checkpoints, check.LatestCheckpoint!.Value));
        Assert.Equal((await hall.Runtime.FindAsync("case-1"))!.TrailLength, check.CoveredThrough);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_deleted_checkpoint_is_detected_in_the_middle_and_at_the_end(string provider)
    {
        await using var hall = await HallAsync(provider);
        foreach (var id in new[] { "case-1", "case-2", "case-3" }) await CloseAsync(hall, id);

        await using (var db = await hall.Contexts.CreateDbContextAsync())
        {
            await db.Checkpoints.Where(c => c.Number == 2).ExecuteDeleteAsync();
        }
        var middle = await VerifyAsync(hall, "case-1");
        Assert.False(middle.Holds);
        Assert.Equal((2L, true), (middle.CheckpointNumber!.Value, middle.CheckpointBroken));
        Assert.Contains("checkpoint #2 is missing", middle.Problem);
        Assert.Contains("checkpoint #2 is missing", (await VerifyAsync(hall, "case-3")).Problem);

        // Dropping the newest checkpoints leaves no gap; the head kept beside the key still tells.
        await using var fresh = await HallAsync(provider);
        foreach (var id in new[] { "case-1", "case-2" }) await CloseAsync(fresh, id);
        await using (var db = await fresh.Contexts.CreateDbContextAsync())
        {
            await db.Checkpoints.Where(c => c.Number == 2).ExecuteDeleteAsync();
        }
        var end = await VerifyAsync(fresh, "case-1");
        Assert.False(end.Holds);
        Assert.Contains("checkpoint #2 and those after it are missing", end.Problem);
        var unsealed = await VerifyAsync(fresh, "case-2");
        Assert.False(unsealed.Holds);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_edited_checkpoint_is_detected(string provider)
    {
        await using var hall = await HallAsync(provider);
        await CloseAsync(hall, "case-1");
        await CloseAsync(hall, "case-2");
        var forged = await TrailForgery.RewriteOpinionAsync(hall, "case-1", Opinion, "材料不全，仍予受理");

        // The administrator also puts the rewritten hashes into the checkpoint: its signature no longer verifies.
        var trail = await hall.Runtime.TrailAsync("case-1");
        await using (var db = await hall.Contexts.CreateDbContextAsync())
        {
            var checkpoint = await db.Checkpoints.SingleAsync(c => c.Subject == "case-1");
            var payload = CheckpointPayload.Read(checkpoint.Payload)!;
            checkpoint.Payload = (payload with { Entries = trail.Select(e => new CheckpointEntry(e.Sequence, e.Hash)).ToList() }).ToJson();
            await db.SaveChangesAsync();
        }
        var check = await VerifyAsync(hall, "case-1");
        Assert.False(check.Holds);
        Assert.Equal(1L, check.CheckpointNumber);
        Assert.Contains("checkpoint #1's signature does not verify", check.Problem);
        Assert.Contains("checkpoint #2's link to the checkpoint before does not match", (await VerifyAsync(hall, "case-2")).Problem); // the next one no longer links to it
        Assert.True(forged > 0);

        // Moving a checkpoint to another instance is an edit too: its row no longer says what it signed.
        await using (var db = await hall.Contexts.CreateDbContextAsync())
        {
            await db.Checkpoints.Where(c => c.Subject == "case-2").ExecuteUpdateAsync(s => s.SetProperty(c => c.Through, 1L));
        }
        Assert.Contains("checkpoint #2's row does not match what it signed", (await VerifyAsync(hall, "case-2")).Problem);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_checkpoint_signed_with_a_key_the_hall_does_not_hold_is_not_trusted(string provider)
    {
        await using var hall = await HallAsync(provider);
        await CloseAsync(hall, "case-1");

        // The administrator re-signs the checkpoint with a key of their own.
        var theirs = Path.Combine(hall.MaterialsRoot, "elsewhere", "key.pem");
        var outsider = new CheckpointKeys(new CheckpointOptions { CheckpointKeyPath = theirs });
        await using (var other = await hall.Contexts.CreateDbContextAsync())
        {
            var row = await other.Checkpoints.SingleAsync();
            var (keyId, signature) = await SignAsync(outsider, row.Payload);
            row.KeyId = keyId;
            row.Signature = signature;
            await other.SaveChangesAsync();
        }
        var check = await VerifyAsync(hall, "case-1");
        Assert.False(check.Holds);
        Assert.Contains("which the hall does not trust", check.Problem);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Rotating_the_key_keeps_older_checkpoints_verifiable(string provider)
    {
        await using var hall = await HallAsync(provider);
        await CloseAsync(hall, "case-1");
        var keyPath = hall.CheckpointOptions.CheckpointKeyPath;
        File.Move(keyPath, keyPath + ".retired"); // rotation: the private key moves away, its public key stays in checkpoint-public-keys/
        await CloseAsync(hall, "case-2");

        await using (var db = await hall.Contexts.CreateDbContextAsync())
        {
            var keys = await db.Checkpoints.OrderBy(c => c.Number).Select(c => c.KeyId).ToListAsync();
            Assert.Equal(2, keys.Distinct().Count());
        }
        Assert.Equal(2, hall.CheckpointKeys.Trusted().Count);
        foreach (var id in new[] { "case-1", "case-2" })
        {
            var check = await VerifyAsync(hall, id);
            Assert.True(check.Holds, check.Problem);
        }
    }

    private static async Task<(string KeyId, string Signature)> SignAsync(CheckpointKeys keys, string payload)
    {
        var signer = await keys.SignerAsync(CancellationToken.None);
        return (signer.KeyId, signer.Sign(payload));
    }
}
