using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using WorkflowHall.Data.Records.Integrity;
using WorkflowHall.Data.Supervision;
using WorkflowHall.Engine.Trail;

namespace WorkflowHall.Data.Integrity;

/// <summary>
/// Checks a log against its signed checkpoints. A checkpoint counts only when its signature verifies with
/// a key from the folder outside the database, its columns agree with what it signed, and it links to the
/// checkpoint before it; the log's checkpoints must be numbered without gaps up to the newest one recorded
/// outside the database. Then every entry a checkpoint signed must still be there with the same hash, so
/// rewriting history and recomputing the hash chain is caught at the first rewritten entry.
/// </summary>
public sealed class CheckpointVerifier(IDbContextFactory<HallDbContext> contexts, CheckpointKeys keys, CheckpointHeads heads,
    ILogger<CheckpointVerifier>? logger = null)
{
    private const int Page = 5000;

    /// <summary>The instance's trail (as loaded, in sequence order) against its checkpoints.</summary>
    /// <param name="ended">The instance has ended: its last checkpoint must be there.</param>
    public async Task<CheckpointVerification> VerifyTrailAsync(string instanceId, IReadOnlyList<TrailEvent> trail, bool ended,
        CancellationToken cancellationToken = default)
    {
        var verification = await CheckTrailAsync(instanceId, trail, ended, cancellationToken);
        if (!verification.Holds) Log.TrailDoesNotHold(logger ?? (ILogger)NullLogger.Instance, instanceId, verification.Problem!);
        return verification;
    }

    /// <summary>The whole supervision log against all its checkpoints.</summary>
    public async Task<CheckpointVerification> VerifySupervisionAsync(CancellationToken cancellationToken = default)
    {
        var verification = await CheckSupervisionAsync(cancellationToken);
        if (!verification.Holds) Log.SupervisionLogDoesNotHold(logger ?? (ILogger)NullLogger.Instance, verification.Problem!);
        return verification;
    }

    private async Task<CheckpointVerification> CheckTrailAsync(string instanceId, IReadOnlyList<TrailEvent> trail, bool ended,
        CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var own = await db.Checkpoints.AsNoTracking().Where(c => c.Log == CheckpointLogs.Trail && c.Subject == instanceId)
            .OrderBy(c => c.Number).ToListAsync(cancellationToken);
        var before = own.Select(c => c.Number - 1).Where(n => n > 0).ToList();
        var neighbours = await db.Checkpoints.AsNoTracking().Where(c => c.Log == CheckpointLogs.Trail && before.Contains(c.Number))
            .ToDictionaryAsync(c => c.Number, cancellationToken);
        var trusted = keys.Trusted();

        var signed = new List<CheckpointPayload>();
        foreach (var row in own)
        {
            neighbours.TryGetValue(row.Number - 1, out var previous);
            var (payload, problem) = Check(row, previous, trusted);
            if (problem is not null) return Broken(signed.Count, row.Number, problem);
            if (payload!.Subject != instanceId) return Broken(signed.Count, row.Number, "所签办件与记录不符 / it signs another instance than its row says");
            signed.Add(payload);
        }
        if (await GapOrDroppedAsync(db, CheckpointLogs.Trail, cancellationToken) is { } gap) return Broken(signed.Count, gap.Number, gap.Problem);

        var latest = signed.LastOrDefault();
        if (latest is null)
        {
            return ended
                ? Broken(0, null, "已办结但没有签名检查点 / the instance has ended but no signed checkpoint covers it")
                : new CheckpointVerification { Checkpoints = 0 };
        }
        var now = new Dictionary<long, string>();
        foreach (var e in trail) now.TryAdd(e.Sequence, TrailHash.Compute(e));
        if (CheckpointMatch.FirstMismatch(latest.Entries, now) is { } changed)
        {
            return new CheckpointVerification
            {
                Checkpoints = signed.Count, CoveredThrough = latest.Through, LatestCheckpoint = latest.Number, LatestSignedAt = latest.SignedAt,
                FirstMismatchSequence = changed, CheckpointNumber = latest.Number,
                Problem = $"第 {changed} 条事件与已签名的检查点 #{latest.Number} 不符（被改动或删除） / event {changed} differs from signed checkpoint #{latest.Number} (altered or removed)",
            };
        }
        if (ended && !latest.Final)
        {
            return Broken(signed.Count, null, "已办结但结案检查点缺失 / the instance has ended but its closing checkpoint is missing");
        }
        return new CheckpointVerification
        {
            Checkpoints = signed.Count, CoveredThrough = latest.Through, LatestCheckpoint = latest.Number, LatestSignedAt = latest.SignedAt,
        };
    }

    private async Task<CheckpointVerification> CheckSupervisionAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var trusted = keys.Trusted();
        var expected = new Dictionary<long, (string Hash, long Checkpoint)>();
        var checkedCount = 0;
        CheckpointRecord? previous = null;
        CheckpointPayload? latest = null;
        long after = 0;
        while (true)
        {
            var from = after;
            var rows = await db.Checkpoints.AsNoTracking().Where(c => c.Log == CheckpointLogs.Supervision && c.Number > from)
                .OrderBy(c => c.Number).Take(Page).ToListAsync(cancellationToken);
            foreach (var row in rows)
            {
                if (row.Number != (previous?.Number ?? 0) + 1)
                {
                    return Broken(checkedCount, (previous?.Number ?? 0) + 1, $"检查点 #{(previous?.Number ?? 0) + 1} 缺失 / checkpoint #{(previous?.Number ?? 0) + 1} is missing");
                }
                var (payload, problem) = Check(row, previous, trusted);
                if (problem is not null) return Broken(checkedCount, row.Number, problem);
                if (payload!.From != (latest?.Through ?? 0) + 1)
                {
                    return Broken(checkedCount, row.Number, "与前一检查点覆盖的范围不衔接 / its range does not follow the checkpoint before");
                }
                foreach (var entry in payload.Entries) expected[entry.Sequence] = (entry.Hash, row.Number);
                previous = row;
                latest = payload;
                checkedCount++;
            }
            if (rows.Count < Page) break;
            after = rows[^1].Number;
        }
        if (await GapOrDroppedAsync(db, CheckpointLogs.Supervision, cancellationToken) is { } gap) return Broken(checkedCount, gap.Number, gap.Problem);
        if (latest is null) return new CheckpointVerification { Checkpoints = 0 };

        long? first = null;
        long seen = 0;
        while (true)
        {
            var from = seen;
            var records = await db.SupervisionLog.AsNoTracking().Where(r => r.Sequence > from && r.Sequence <= latest.Through)
                .OrderBy(r => r.Sequence).Take(Page).ToListAsync(cancellationToken);
            foreach (var r in records)
            {
                for (var missing = seen + 1; missing < r.Sequence && first is null; missing++) first = missing;
                if (first is null && expected.TryGetValue(r.Sequence, out var signed) && signed.Hash != SupervisionHash.Compute(r)) first = r.Sequence;
                seen = r.Sequence;
            }
            if (first is not null || records.Count < Page) break;
        }
        if (first is null && seen < latest.Through) first = seen + 1;
        if (first is { } changed)
        {
            var number = expected.TryGetValue(changed, out var at) ? at.Checkpoint : latest.Number;
            return new CheckpointVerification
            {
                Checkpoints = checkedCount, CoveredThrough = latest.Through, LatestCheckpoint = latest.Number, LatestSignedAt = latest.SignedAt,
                FirstMismatchSequence = changed, CheckpointNumber = number,
                Problem = $"第 {changed} 条记录与已签名的检查点 #{number} 不符（被改动或删除） / record {changed} differs from signed checkpoint #{number} (altered or removed)",
            };
        }
        return new CheckpointVerification
        {
            Checkpoints = checkedCount, CoveredThrough = latest.Through, LatestCheckpoint = latest.Number, LatestSignedAt = latest.SignedAt,
        };
    }

    /// <summary>One checkpoint row on its own and against the one before it.</summary>
    private static (CheckpointPayload? Payload, string? Problem) Check(CheckpointRecord row, CheckpointRecord? previous, IReadOnlyDictionary<string, string> trusted)
    {
        if (!trusted.TryGetValue(row.KeyId, out var publicKey))
        {
            return (null, $"检查点 #{row.Number} 的签名密钥 {row.KeyId} 不受信任 / checkpoint #{row.Number} is signed by key {row.KeyId}, which the hall does not trust");
        }
        if (!CheckpointSigner.Verify(row.Payload, row.Signature, publicKey))
        {
            return (null, $"检查点 #{row.Number} 的签名不符，检查点被改动 / checkpoint #{row.Number}'s signature does not verify: it was altered");
        }
        var payload = CheckpointPayload.Read(row.Payload);
        if (payload is null || payload.Log != row.Log || payload.Number != row.Number || payload.Subject != row.Subject || payload.Through != row.Through
            || payload.KeyId != row.KeyId || payload.Entries.Count == 0)
        {
            return (null, $"检查点 #{row.Number} 的记录与其签名内容不符 / checkpoint #{row.Number}'s row does not match what it signed");
        }
        if (row.Number == 1 ? payload.Previous != CheckpointPayload.Genesis
            : previous is null || payload.Previous != CheckpointPayload.HashOf(previous.Payload))
        {
            return (null, previous is null && row.Number > 1
                ? $"检查点 #{row.Number - 1} 缺失 / checkpoint #{row.Number - 1} is missing"
                : $"检查点 #{row.Number} 与前一检查点的链接不符 / checkpoint #{row.Number}'s link to the checkpoint before does not match");
        }
        return (payload, null);
    }

    /// <summary>
    /// Checkpoints removed from the log: a gap in the numbering, or fewer (or other) checkpoints than the
    /// newest one recorded outside the database.
    /// </summary>
    private async Task<(long Number, string Problem)?> GapOrDroppedAsync(HallDbContext db, string log, CancellationToken cancellationToken)
    {
        var rows = db.Checkpoints.AsNoTracking().Where(c => c.Log == log);
        var count = await rows.LongCountAsync(cancellationToken);
        var max = await rows.MaxAsync(c => (long?)c.Number, cancellationToken) ?? 0;
        if (count != max)
        {
            var numbers = await rows.OrderBy(c => c.Number).Select(c => c.Number).ToListAsync(cancellationToken);
            var missing = numbers.Select((n, i) => (n, i)).FirstOrDefault(x => x.n != x.i + 1).i + 1;
            return (missing, $"检查点 #{missing} 缺失 / checkpoint #{missing} is missing");
        }
        if (max == 0)
        {
            // No checkpoint at all, yet this key folder signed some: all were removed (or the database was
            // replaced under an old key folder, which shows the same until its first checkpoint).
            return heads.NewestOfAnyDatabase(log) is { } signed
                ? (1, $"检查点已全部缺失（密钥目录记录过检查点 #{signed}） / every checkpoint is missing (the key folder recorded checkpoint #{signed})")
                : null;
        }
        var genesis = await rows.Where(c => c.Number == 1).Select(c => c.Payload).FirstOrDefaultAsync(cancellationToken);
        if (genesis is null || heads.Newest(log, CheckpointPayload.HashOf(genesis)) is not { } head) return null;
        if (head.Number > max) return (max + 1, $"检查点 #{max + 1} 及之后的检查点缺失 / checkpoint #{max + 1} and those after it are missing");
        var stored = await rows.Where(c => c.Number == head.Number).Select(c => c.Payload).FirstAsync(cancellationToken);
        return CheckpointPayload.HashOf(stored) == head.Hash ? null
            : (head.Number, $"检查点 #{head.Number} 被替换 / checkpoint #{head.Number} was replaced");
    }

    private static CheckpointVerification Broken(int checkedCount, long? number, string problem) =>
        new() { Checkpoints = checkedCount, CheckpointNumber = number, CheckpointBroken = true, Problem = problem };
}
