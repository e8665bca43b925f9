using Microsoft.EntityFrameworkCore;
using WorkflowHall.Data.Integrity;
using WorkflowHall.Data.Supervision;
using WorkflowHall.Data.Tests.Supervision;
using static WorkflowHall.Data.Tests.Supervision.SupervisionScene;

namespace WorkflowHall.Data.Tests.Integrity;

using WorkflowHall.Data.Tests.Infrastructure;

public class SupervisionCheckpointTests
{
    /// <summary>Three late cases: warnings on 12-08 (3 records), breaches on 12-09 (3 more), each sweep sealed by a checkpoint.</summary>
    private static async Task<TestHall> SealedLogAsync(string provider)
    {
        var hall = await SupervisionScene.CreateAsync(provider);
        for (var i = 0; i < 3; i++) await ApplyAsync(hall);
        hall.MoveTo(December(8, 0, 30));
        await hall.Sweep.RunAsync();
        Assert.Equal(1L, (await hall.Checkpoints.SealSupervisionAsync()).Number);
        hall.MoveTo(December(9, 1));
        await hall.Sweep.RunAsync();
        Assert.Equal(2L, (await hall.Checkpoints.SealSupervisionAsync()).Number);
        Assert.False((await hall.Checkpoints.SealSupervisionAsync()).Sealed); // nothing new
        return hall;
    }

    /// <summary>What an administrator does: rewrite a record's description and recompute the chain after it.</summary>
    private static async Task RewriteAsync(TestHall hall, long sequence, string description)
    {
        await using var db = await hall.Contexts.CreateDbContextAsync();
        var records = await db.SupervisionLog.OrderBy(r => r.Sequence).ToListAsync();
        var previous = SupervisionHash.Genesis;
        foreach (var r in records)
        {
            if (r.Sequence == sequence) r.Description = description;
            r.PreviousHash = previous;
            r.Hash = SupervisionHash.Compute(r);
            previous = r.Hash;
        }
        await db.SaveChangesAsync();
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_untouched_log_verifies_against_its_checkpoints(string provider)
    {
        await using var hall = await SealedLogAsync(provider);
        var check = await hall.CheckpointVerifier.VerifySupervisionAsync();
        Assert.True(check.Holds, check.Problem);
        Assert.Equal((2, 2L, 6L), (check.Checkpoints, check.LatestCheckpoint!.Value, check.CoveredThrough));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_rewritten_record_with_its_chain_recomputed_is_named(string provider)
    {
        await using var hall = await SealedLogAsync(provider);
        await RewriteAsync(hall, 5, "已按时办结");
        Assert.True((await hall.SupervisionLog.VerifyChainAsync()).Intact); // the chain alone is fooled

        var check = await hall.CheckpointVerifier.VerifySupervisionAsync();
        Assert.Equal((5L, 2L), (check.FirstMismatchSequence!.Value, check.CheckpointNumber!.Value));
        Assert.Contains("record 5 differs from signed checkpoint #2", check.Problem);
        Assert.Contains("not signed", (await SealAfterMoreAsync(hall)).Refusal);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Records_dropped_from_the_end_are_named(string provider)
    {
        await using var hall = await SealedLogAsync(provider);
        await using (var db = await hall.Contexts.CreateDbContextAsync())
        {
            await db.SupervisionLog.Where(r => r.Sequence >= 5).ExecuteDeleteAsync();
        }
        Assert.True((await hall.SupervisionLog.VerifyChainAsync()).Intact);
        Assert.Equal(5L, (await hall.CheckpointVerifier.VerifySupervisionAsync()).FirstMismatchSequence);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_deleted_or_edited_checkpoint_is_detected(string provider)
    {
        await using var hall = await SealedLogAsync(provider);
        await using (var db = await hall.Contexts.CreateDbContextAsync())
        {
            await db.Checkpoints.Where(c => c.Log == CheckpointLogs.Supervision && c.Number == 2)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.Payload, c => c.Payload.Replace("\"from\":4", "\"from\":3")));
        }
        var edited = await hall.CheckpointVerifier.VerifySupervisionAsync();
        Assert.Equal((2L, true), (edited.CheckpointNumber!.Value, edited.CheckpointBroken));
        Assert.Contains("checkpoint #2's signature does not verify", edited.Problem);

        await using (var db = await hall.Contexts.CreateDbContextAsync())
        {
            await db.Checkpoints.Where(c => c.Log == CheckpointLogs.Supervision && c.Number == 2).ExecuteDeleteAsync();
        }
        Assert.Contains("checkpoint #2 and those after it are missing", (await hall.CheckpointVerifier.VerifySupervisionAsync()).Problem);

        await using (var db = await hall.Contexts.CreateDbContextAsync())
        {
            await db.Checkpoints.Where(c => c.Log == CheckpointLogs.Supervision && c.Number == 1).ExecuteDeleteAsync();
        }
        var none = await hall.CheckpointVerifier.VerifySupervisionAsync();
        Assert.False(none.Holds, "with every checkpoint gone the log must not pass as sealed");
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Rotating_the_key_keeps_older_supervision_checkpoints_verifiable(string provider)
    {
        await using var hall = await SealedLogAsync(provider);
        var keyPath = hall.CheckpointOptions.CheckpointKeyPath;
        File.Move(keyPath, keyPath + ".retired");
        Assert.True((await SealAfterMoreAsync(hall)).Sealed);

        await using (var db = await hall.Contexts.CreateDbContextAsync())
        {
            Assert.Equal(2, await db.Checkpoints.Where(c => c.Log == CheckpointLogs.Supervision).Select(c => c.KeyId).Distinct().CountAsync());
        }
        var check = await hall.CheckpointVerifier.VerifySupervisionAsync();
        Assert.True(check.Holds, check.Problem);
        Assert.Equal(3L, check.LatestCheckpoint);
    }

    /// <summary>A fourth late case breaches later; the new records are sealed (or refused).</summary>
    private static async Task<SealOutcome> SealAfterMoreAsync(TestHall hall)
    {
        await ApplyAsync(hall);
        hall.MoveTo(December(17, 1));
        Assert.True((await hall.Sweep.RunAsync()).Recorded > 0);
        return await hall.Checkpoints.SealSupervisionAsync();
    }
}
