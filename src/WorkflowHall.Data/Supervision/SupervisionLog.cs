using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using WorkflowHall.Data.Records.Supervision;
using WorkflowHall.Engine.Time;

namespace WorkflowHall.Data.Supervision;

/// <summary>
/// The supervision log: appends records in one transaction each batch, hash-chained in sequence order,
/// each dedup key at most once; verifies the chain. Two writers racing for the same place or the same
/// key: the database refuses the second insert (unique sequence, unique key), and the loser re-reads
/// the tail, drops what is already there and tries again.
/// </summary>
public sealed class SupervisionLog(IDbContextFactory<HallDbContext> contexts)
{
    private const int MaxAttempts = 10;
    private const int KeysPerQuery = 500;

    /// <summary>Appends the new findings, closes the breaches they correct, and moves the markers on, all in one transaction.</summary>
    /// <returns>The records appended (findings already in the log are skipped).</returns>
    internal async Task<IReadOnlyList<SupervisionRecord>> AppendAsync(IReadOnlyList<SupervisionFinding> findings, IReadOnlyList<SupervisionMarker> markers,
        DateTime now, string supervisingPost, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            try
            {
                await HallDatabase.LockForAppendAsync(db, cancellationToken);
                var existing = await ExistingKeysAsync(db, findings.Select(f => f.DedupKey).Distinct().ToList(), cancellationToken);
                var fresh = findings.Where(f => existing.Add(f.DedupKey)).ToList();
                var appended = await ChainAsync(db, fresh, now, supervisingPost, cancellationToken);
                await db.SaveChangesAsync(cancellationToken);

                var closes = findings.Select(f => f.ClosesBreach).OfType<string>().ToList();
                foreach (var chunk in closes.Chunk(KeysPerQuery))
                {
                    await db.OpenBreaches.Where(b => chunk.Contains(b.DedupKey)).ExecuteDeleteAsync(cancellationToken);
                }
                await MoveMarkersAsync(db, transaction, markers, cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return appended;
            }
            catch (DbUpdateException e) when (HallDatabase.IsUniqueViolation(e) && attempt < MaxAttempts)
            {
                // Someone else took the place or recorded the key first: read again and append what is still missing.
                await transaction.RollbackAsync(CancellationToken.None);
            }
        }
    }

    /// <summary>Checks every record in sequence order: no gaps, each linked to the one before, each hash recomputed.</summary>
    public async Task<ChainVerification> VerifyChainAsync(CancellationToken cancellationToken = default)
    {
        const int page = 5000;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        long expected = 1, checkedCount = 0;
        var previous = SupervisionHash.Genesis;
        while (true)
        {
            var from = expected;
            var records = await db.SupervisionLog.AsNoTracking().Where(r => r.Sequence >= from).OrderBy(r => r.Sequence).Take(page).ToListAsync(cancellationToken);
            foreach (var r in records)
            {
                string? problem = null;
                if (r.Sequence != expected) problem = $"记录 {expected} 缺失 / record {expected} is missing";
                else if (r.PreviousHash != previous) problem = "与前一条记录的链接不符 / its link to the record before does not match";
                else if (SupervisionHash.Compute(r) != r.Hash) problem = "内容与哈希不符，记录被改动 / its content does not match its hash: the record was altered";
                if (problem is not null) return new ChainVerification(checkedCount, r.Sequence, r.RecordNumber, problem);
                previous = r.Hash;
                expected++;
                checkedCount++;
            }
            if (records.Count < page) return new ChainVerification(checkedCount, null, null, null);
        }
    }

    private static async Task<HashSet<string>> ExistingKeysAsync(HallDbContext db, List<string> keys, CancellationToken cancellationToken)
    {
        var existing = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chunk in keys.Chunk(KeysPerQuery))
        {
            existing.UnionWith(await db.SupervisionLog.Where(r => chunk.Contains(r.DedupKey)).Select(r => r.DedupKey).ToListAsync(cancellationToken));
        }
        return existing;
    }

    private static async Task<List<SupervisionRecord>> ChainAsync(HallDbContext db, List<SupervisionFinding> fresh, DateTime now, string supervisingPost,
        CancellationToken cancellationToken)
    {
        var appended = new List<SupervisionRecord>(fresh.Count);
        if (fresh.Count == 0) return appended;
        var tail = await db.SupervisionLog.AsNoTracking().OrderByDescending(r => r.Sequence).Select(r => new { r.Sequence, r.Hash }).FirstOrDefaultAsync(cancellationToken);
        var sequence = tail?.Sequence ?? 0;
        var previous = tail?.Hash ?? SupervisionHash.Genesis;
        foreach (var finding in fresh)
        {
            sequence++;
            var c = finding.Content;
            var record = new SupervisionRecord
            {
                Sequence = sequence,
                RecordNumber = RecordNumber(c.NoticedAt, sequence),
                CaseId = c.CaseId, CaseNumber = c.CaseNumber, MatterType = c.MatterType, ImplementationCode = c.ImplementationCode,
                UnitCode = c.UnitCode, ResponsibleUnit = c.ResponsibleUnit, SubjectKind = c.SubjectKind, SubjectId = c.SubjectId,
                NodeId = c.NodeId, StepName = c.StepName, Post = c.Post, Assignee = c.Assignee, RuleCode = c.RuleCode, Level = c.Level,
                // The due time exactly as its row has it: open breaches are matched against that row by equality.
                DueAt = DateTime.SpecifyKind(c.DueAt, DateTimeKind.Utc), NoticedAt = SupervisionTime.Stored(c.NoticedAt), OverdueMinutes = c.OverdueMinutes,
                Description = c.Description, DedupKey = c.DedupKey, CorrectsSequence = c.CorrectsSequence,
                PreviousHash = previous, Hash = "",
            };
            record.Hash = SupervisionHash.Compute(record);
            previous = record.Hash;
            db.SupervisionLog.Add(record);
            appended.Add(record);

            if (finding.OpensBreach)
            {
                db.OpenBreaches.Add(new OpenBreachRecord
                {
                    DedupKey = record.DedupKey, Sequence = sequence, SubjectKind = record.SubjectKind, SubjectId = record.SubjectId,
                    RuleCode = record.RuleCode, DueAt = record.DueAt,
                });
            }
            foreach (var (user, unit) in finding.Notify)
            {
                db.Notifications.Add(new NotificationRecord
                {
                    At = now, Recipient = user, Post = supervisingPost, UnitCode = unit, SupervisionSequence = sequence,
                    Subject = $"红牌督办：{record.CaseNumber ?? record.CaseId} {SupervisionRules.Chinese(record.RuleCode)}",
                    Body = $"监察编号 {record.RecordNumber}：{record.Description}",
                });
            }
        }
        return appended;
    }

    /// <summary>监察编号 (an..20): JC + China date + 10-digit sequence.</summary>
    private static string RecordNumber(DateTime noticedAt, long sequence) =>
        $"JC{HallTime.DateOf(noticedAt):yyyyMMdd}{sequence % 10_000_000_000:D10}";

    private static async Task MoveMarkersAsync(HallDbContext db, IDbContextTransaction transaction, IReadOnlyList<SupervisionMarker> markers,
        CancellationToken cancellationToken)
    {
        const int perCommand = 200;
        var connection = db.Database.GetDbConnection();
        foreach (var chunk in markers.Chunk(perCommand))
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction.GetDbTransaction();
            var sql = new System.Text.StringBuilder();
            for (var i = 0; i < chunk.Length; i++)
            {
                var m = chunk[i];
                var next = m.Next is null ? "NULL" : Parameter(command, $"@n{i}", SupervisionTime.Stored(m.Next.Value));
                Parameter(command, $"@i{i}", m.Id);
                Parameter(command, $"@s{i}", DateTime.SpecifyKind(m.ReadSuperviseAt, DateTimeKind.Utc));
                switch (m)
                {
                    case WorkItemMarker w:
                        Parameter(command, $"@d{i}", DateTime.SpecifyKind(w.ReadDueAt, DateTimeKind.Utc));
                        sql.Append($"UPDATE work_items SET \"SuperviseAt\" = {next} WHERE \"Id\" = @i{i} AND \"SuperviseAt\" = @s{i} AND \"DueAt\" = @d{i};\n");
                        break;
                    case CaseMarker c:
                        Parameter(command, $"@r{i}", c.ReadRevision);
                        sql.Append($"UPDATE cases SET \"SuperviseAt\" = {next} WHERE \"Id\" = @i{i} AND \"SuperviseAt\" = @s{i} AND \"Revision\" = @r{i};\n");
                        break;
                }
            }
            command.CommandText = sql.ToString();
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static string Parameter(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
        return name;
    }
}
