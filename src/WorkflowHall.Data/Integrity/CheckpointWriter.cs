using Microsoft.EntityFrameworkCore;
using WorkflowHall.Data.Records.Integrity;
using WorkflowHall.Data.Runtime;
using WorkflowHall.Data.Supervision;
using WorkflowHall.Engine.Trail;

namespace WorkflowHall.Data.Integrity;

/// <summary>
/// Signs checkpoints: of an instance's trail when it ends and whenever it has grown since its last one, and
/// of the supervision log's new records. Each is appended to its log's chain of checkpoints under the
/// append lock. Before signing, the writer checks that what it vouches for still holds together with what
/// was signed before, and refuses otherwise: a rewritten log gets no fresh signature.
/// </summary>
public sealed class CheckpointWriter(IDbContextFactory<HallDbContext> contexts, CheckpointKeys keys, CheckpointHeads heads, TimeProvider clock)
{
    private const int MaxAttempts = 10;
    private const int SupervisionRecordsPerCheckpoint = 20_000;

    /// <summary>Signs a checkpoint of the instance's trail if it has events no checkpoint covers, or has ended since.</summary>
    public Task<SealOutcome> SealInstanceAsync(string instanceId, CancellationToken cancellationToken = default) =>
        AppendAsync(CheckpointLogs.Trail, db => TrailContentAsync(db, instanceId, cancellationToken), cancellationToken);

    /// <summary>Seals up to a batch of instances whose trails grew since their last checkpoint, oldest change first.</summary>
    public async Task<IReadOnlyList<SealOutcome>> SealTrailsAsync(int batch, CancellationToken cancellationToken = default)
    {
        List<string> due;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            due = await db.Instances.AsNoTracking()
                .Where(i => i.TrailLength > (db.Checkpoints.Where(c => c.Log == CheckpointLogs.Trail && c.Subject == i.Id).Max(c => (long?)c.Through) ?? 0))
                .OrderBy(i => i.UpdatedAt).Select(i => i.Id).Take(batch).ToListAsync(cancellationToken);
        }
        var outcomes = new List<SealOutcome>(due.Count);
        foreach (var id in due) outcomes.Add(await SealInstanceAsync(id, cancellationToken));
        return outcomes;
    }

    /// <summary>Signs a checkpoint over the supervision records appended since the last one.</summary>
    public Task<SealOutcome> SealSupervisionAsync(CancellationToken cancellationToken = default) =>
        AppendAsync(CheckpointLogs.Supervision, db => SupervisionContentAsync(db, cancellationToken), cancellationToken);

    private async Task<SealOutcome> AppendAsync(string log, Func<HallDbContext, Task<Content?>> read, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await HallDatabase.LockForAppendAsync(db, cancellationToken);
            var content = await read(db);
            if (content is null) return SealOutcome.UpToDate;
            if (content.Refusal is not null) return new SealOutcome(null, content.Refusal);

            var tail = await db.Checkpoints.AsNoTracking().Where(c => c.Log == log).OrderByDescending(c => c.Number)
                .Select(c => new { c.Number, c.Payload }).FirstOrDefaultAsync(cancellationToken);
            var signer = await keys.SignerAsync(cancellationToken);
            var payload = new CheckpointPayload
            {
                Log = log, Number = (tail?.Number ?? 0) + 1, Previous = tail is null ? CheckpointPayload.Genesis : CheckpointPayload.HashOf(tail.Payload),
                Subject = content.Subject, From = content.Entries[0].Sequence, Through = content.Entries[^1].Sequence, Final = content.Final,
                SignedAt = clock.GetUtcNow().UtcDateTime, KeyId = signer.KeyId, Entries = content.Entries,
            };
            var text = payload.ToJson();
            db.Checkpoints.Add(new CheckpointRecord
            {
                Log = log, Number = payload.Number, Subject = payload.Subject, Through = payload.Through, SignedAt = StoredTime.ToStored(payload.SignedAt),
                KeyId = signer.KeyId, Payload = text, Signature = signer.Sign(text),
            });
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                var genesis = payload.Number == 1 ? text
                    : await db.Checkpoints.AsNoTracking().Where(c => c.Log == log && c.Number == 1).Select(c => c.Payload).FirstOrDefaultAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                if (genesis is not null) heads.Record(log, CheckpointPayload.HashOf(genesis), payload.Number, CheckpointPayload.HashOf(text));
                return new SealOutcome(payload.Number, null);
            }
            catch (DbUpdateException e) when (HallDatabase.IsUniqueViolation(e) && attempt < MaxAttempts)
            {
                await transaction.RollbackAsync(CancellationToken.None);
            }
        }
    }

    private static async Task<Content?> TrailContentAsync(HallDbContext db, string instanceId, CancellationToken cancellationToken)
    {
        var instance = await db.Instances.AsNoTracking().Where(i => i.Id == instanceId)
            .Select(i => new { i.TrailLength, Ended = i.EndedAt != null }).FirstOrDefaultAsync(cancellationToken);
        if (instance is null || instance.TrailLength == 0) return null;
        var latest = await db.Checkpoints.AsNoTracking().Where(c => c.Log == CheckpointLogs.Trail && c.Subject == instanceId)
            .OrderByDescending(c => c.Number).Select(c => c.Payload).FirstOrDefaultAsync(cancellationToken);
        var signed = latest is null ? null : CheckpointPayload.Read(latest);
        if (signed is not null && signed.Through >= instance.TrailLength && (signed.Final || !instance.Ended)) return null;

        var rows = await db.TrailEvents.AsNoTracking().Where(e => e.InstanceId == instanceId).OrderBy(e => e.Sequence).ToListAsync(cancellationToken);
        var events = StoredTrail.Read(rows);
        if (events.Unreadable.Count > 0)
        {
            var reason = StoredTrail.UnreadableReason(events.Unreadable[0]);
            return Content.Refused($"留痕有无法读取的事件，不予签名 / the trail holds an event that cannot be read ({reason}); not signed");
        }
        var chain = TrailVerifier.VerifyChain(events);
        if (!chain.ChainIntact)
        {
            return Content.Refused($"留痕链在第 {chain.FirstBrokenSequence} 条事件处断开，不予签名 / the trail's chain is broken at event {chain.FirstBrokenSequence}; not signed");
        }
        if (signed is not null && CheckpointMatch.FirstMismatch(signed.Entries, events.ToDictionary(e => e.Sequence, e => e.Hash)) is { } changed)
        {
            return Content.Refused($"第 {changed} 条事件与已签名检查点不符，不予签名 / event {changed} no longer matches its signed checkpoint; not signed");
        }
        return new Content(instanceId, [.. events.Select(e => new CheckpointEntry(e.Sequence, e.Hash))], instance.Ended, null);
    }

    private static async Task<Content?> SupervisionContentAsync(HallDbContext db, CancellationToken cancellationToken)
    {
        var latest = await db.Checkpoints.AsNoTracking().Where(c => c.Log == CheckpointLogs.Supervision).OrderByDescending(c => c.Number)
            .Select(c => c.Payload).FirstOrDefaultAsync(cancellationToken);
        var signed = latest is null ? null : CheckpointPayload.Read(latest);
        var through = signed?.Through ?? 0;
        var records = await db.SupervisionLog.AsNoTracking().Where(r => r.Sequence > through).OrderBy(r => r.Sequence)
            .Take(SupervisionRecordsPerCheckpoint).ToListAsync(cancellationToken);
        if (records.Count == 0) return null;

        var previous = signed?.Entries[^1].Hash ?? SupervisionHash.Genesis;
        var expected = through + 1;
        foreach (var r in records)
        {
            if (r.Sequence != expected || r.PreviousHash != previous || SupervisionHash.Compute(r) != r.Hash)
            {
                return Content.Refused($"监察日志第 {expected} 条记录不连贯，不予签名 / supervision record {expected} does not hold together with the log; not signed");
            }
            previous = r.Hash;
            expected++;
        }
        return new Content(null, records.ConvertAll(r => new CheckpointEntry(r.Sequence, r.Hash)), false, null);
    }

    private sealed record Content(string? Subject, List<CheckpointEntry> Entries, bool Final, string? Refusal)
    {
        public static Content Refused(string why) => new(null, [], false, why);
    }
}
