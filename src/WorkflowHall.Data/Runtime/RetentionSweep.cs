using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using WorkflowHall.Data.Records;
using WorkflowHall.Engine.Execution;

namespace WorkflowHall.Data.Runtime;

/// <summary>
/// Applies <see cref="RetentionOptions"/>: ended instances older than the retention period are
/// archived (state and whole trail as one JSON document) or deleted, each in one transaction, and
/// the sweep leaves an audit record of its own.
/// </summary>
public sealed class RetentionSweep(IDbContextFactory<HallDbContext> contexts, RetentionOptions options, TimeProvider clock,
    ILogger<RetentionSweep>? logger = null)
{
    public async Task<int> RunAsync(string actor, CancellationToken cancellationToken = default)
    {
        if (options.Years is not { } years || years <= 0) return 0;
        var now = clock.GetUtcNow().UtcDateTime;
        var cutoff = now.AddYears(-years);
        string[] ended = [InstanceStatus.Completed.ToString(), InstanceStatus.Withdrawn.ToString(), InstanceStatus.Cancelled.ToString()];

        var removed = 0;
        while (true)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var batch = await db.Instances.Where(i => ended.Contains(i.Status) && i.EndedAt < cutoff).OrderBy(i => i.EndedAt).Take(100)
                .ToListAsync(cancellationToken);
            if (batch.Count == 0) break;

            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            foreach (var instance in batch)
            {
                if (options.Mode == RetentionMode.Archive)
                {
                    var trail = await db.TrailEvents.AsNoTracking().Where(e => e.InstanceId == instance.Id).OrderBy(e => e.Sequence).ToListAsync(cancellationToken);
                    db.ArchivedInstances.Add(new ArchivedInstanceRecord
                    {
                        Id = instance.Id, DefinitionKey = instance.DefinitionKey, DefinitionVersion = instance.DefinitionVersion,
                        EndedAt = instance.EndedAt!.Value, ArchivedAt = now,
                        ArchiveJson = JsonSerializer.Serialize(new { instance, trail }),
                    });
                }
                await db.TrailEvents.Where(e => e.InstanceId == instance.Id).ExecuteDeleteAsync(cancellationToken);
                db.Instances.Remove(instance);
            }
            db.AuditRecords.Add(new AuditRecord
            {
                At = now, Actor = actor, Action = "retention", Subject = $"{batch.Count} instances",
                Detail = $"{options.Mode.ToString().ToLowerInvariant()}; ended before {cutoff:yyyy-MM-dd}; {string.Join(",", batch.Select(i => i.Id))}",
            });
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            removed += batch.Count;
        }
        Log.RetentionSwept(logger ?? (ILogger)NullLogger.Instance, removed, options.Mode.ToString(), years, actor);
        return removed;
    }
}
