using System.Collections.Immutable;
using Microsoft.EntityFrameworkCore;
using WorkflowHall.Data.Records;
using WorkflowHall.Engine.Execution;
using WorkflowHall.Engine.Execution.Commands;
using WorkflowHall.Engine.Versions;

namespace WorkflowHall.Data.Runtime;

/// <summary>
/// Moving every running instance of a version to a newer one: the plan (a node mapping, same ids by
/// default) is checked against every instance first — the dry run — and applied only when it fits
/// all of them, each instance in its own transaction with its own trail record.
/// </summary>
public sealed class InstanceMigrations(IDbContextFactory<HallDbContext> contexts, DefinitionStore definitions, WorkflowRuntime runtime, TimeProvider clock)
{
    public async Task<MigrationReport> DryRunAsync(MigrationRequest request, CancellationToken cancellationToken = default)
    {
        var from = await definitions.GetAsync(request.Key, request.FromVersion, cancellationToken);
        var to = await definitions.GetAsync(request.Key, request.ToVersion, cancellationToken);
        if (from is null || to is null)
        {
            return new MigrationReport(0, 0, [new InstanceMigrationProblem("", new MigrationProblem("",
                $"流程 \"{request.Key}\" 没有第 {(from is null ? request.FromVersion : request.ToVersion)} 版",
                $"Definition \"{request.Key}\" has no version {(from is null ? request.FromVersion : request.ToVersion)}"))]);
        }

        var plan = Plan(request);
        var problems = ImmutableArray.CreateBuilder<InstanceMigrationProblem>();
        var instances = await RunningAsync(request, cancellationToken);
        foreach (var instance in instances)
        {
            var state = InstanceStateJson.Deserialize(instance.StateJson);
            foreach (var problem in InstanceMigrator.Check(from.Definition, to.Definition, state, plan))
            {
                problems.Add(new InstanceMigrationProblem(instance.Id, problem));
            }
        }
        return new MigrationReport(instances.Count, 0, problems.ToImmutable());
    }

    public async Task<MigrationReport> ApplyAsync(MigrationRequest request, CancellationToken cancellationToken = default)
    {
        var dryRun = await DryRunAsync(request, cancellationToken);
        if (!dryRun.Problems.IsEmpty) return dryRun;

        var migrated = 0;
        var problems = ImmutableArray.CreateBuilder<InstanceMigrationProblem>();
        foreach (var instance in await RunningAsync(request, cancellationToken))
        {
            var outcome = await runtime.ExecuteAsync(instance.Id, Plan(request), cancellationToken);
            if (outcome.IsAccepted) migrated++;
            else if (outcome.Rejection is { } rejection && outcome.State?.DefinitionVersion != request.ToVersion)
            {
                problems.Add(new InstanceMigrationProblem(instance.Id, new MigrationProblem("", rejection.MessageZh, rejection.MessageEn)));
            }
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.AuditRecords.Add(new AuditRecord
        {
            At = clock.GetUtcNow().UtcDateTime, Actor = request.Actor, Action = "migrate",
            Subject = $"{request.Key}:{request.FromVersion}->{request.ToVersion}",
            Detail = $"{migrated} migrated; mapping {string.Join(", ", request.NodeMapping.Select(p => $"{p.Key}->{p.Value}"))}",
        });
        await db.SaveChangesAsync(cancellationToken);
        return new MigrationReport(dryRun.Instances, migrated, problems.ToImmutable());
    }

    private async Task<List<InstanceRecord>> RunningAsync(MigrationRequest request, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var running = InstanceStatus.Running.ToString();
        return await db.Instances.AsNoTracking()
            .Where(i => i.DefinitionKey == request.Key && i.DefinitionVersion == request.FromVersion && i.Status == running)
            .OrderBy(i => i.Id).ToListAsync(cancellationToken);
    }

    private static MigrateInstance Plan(MigrationRequest request) => new(request.Actor, request.ToVersion)
    {
        NodeMapping = ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, request.NodeMapping),
        Reason = request.Reason,
    };
}

public sealed record MigrationRequest(string Key, int FromVersion, int ToVersion, string Actor)
{
    public IReadOnlyDictionary<string, string> NodeMapping { get; init; } = new Dictionary<string, string>();
    public string? Reason { get; init; }
}

public sealed record InstanceMigrationProblem(string InstanceId, MigrationProblem Problem);

/// <summary>How many running instances the plan concerns, how many moved, and every problem found.</summary>
public sealed record MigrationReport(int Instances, int Migrated, ImmutableArray<InstanceMigrationProblem> Problems)
{
    public bool CanApply => Problems.IsEmpty;
}
