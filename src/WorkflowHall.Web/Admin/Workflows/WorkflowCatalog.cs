using Microsoft.EntityFrameworkCore;
using WorkflowHall.Data;
using WorkflowHall.Engine.Execution;

namespace WorkflowHall.Web.Admin.Workflows;

/// <summary>What the workflow pages list: every definition key with its versions, draft, running cases and matters.</summary>
public sealed class WorkflowCatalog(IDbContextFactory<HallDbContext> contexts)
{
    private static readonly string Running = InstanceStatus.Running.ToString();

    public async Task<IReadOnlyList<WorkflowSummary>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var versions = await db.DefinitionVersions.AsNoTracking().OrderBy(v => v.Key).ThenBy(v => v.Version).ToListAsync(cancellationToken);
        var drafts = await db.DefinitionDrafts.AsNoTracking().ToListAsync(cancellationToken);
        var running = await db.Instances.Where(i => i.Status == Running)
            .GroupBy(i => new { i.DefinitionKey, i.DefinitionVersion })
            .Select(g => new { g.Key.DefinitionKey, g.Key.DefinitionVersion, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var matters = await db.Matters.AsNoTracking().OrderBy(m => m.Name).Select(m => new { m.WorkflowKey, m.ImplementationCode, m.Name })
            .ToListAsync(cancellationToken);

        var keys = versions.Select(v => v.Key).Concat(drafts.Select(d => d.Key)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        return
        [
            .. keys.Select(key =>
            {
                var own = versions.Where(v => v.Key == key).ToList();
                var draft = drafts.SingleOrDefault(d => d.Key == key);
                return new WorkflowSummary(key, draft?.Name ?? own.LastOrDefault()?.Name, own, draft,
                    running.Where(r => r.DefinitionKey == key).ToDictionary(r => r.DefinitionVersion, r => r.Count),
                    [.. matters.Where(m => m.WorkflowKey == key).Select(m => new MatterUse(m.ImplementationCode, m.Name))]);
            }),
        ];
    }

    public async Task<WorkflowSummary?> GetAsync(string key, CancellationToken cancellationToken = default) =>
        (await ListAsync(cancellationToken)).SingleOrDefault(w => w.Key == key);

    public async Task<bool> ExistsAsync(string key, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.DefinitionVersions.AnyAsync(v => v.Key == key, cancellationToken)
            || await db.DefinitionDrafts.AnyAsync(d => d.Key == key, cancellationToken);
    }

    /// <summary>The posts a step may name, for the designer's post list.</summary>
    public async Task<IReadOnlyList<PostOption>> PostsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Posts.AsNoTracking().OrderBy(p => p.Code).Select(p => new PostOption(p.Code, p.Name, p.NameEn)).ToListAsync(cancellationToken);
    }

    /// <summary>The running instances of one version (oldest first, at most <paramref name="limit"/>), with the steps they wait at.</summary>
    public async Task<IReadOnlyList<RunningCase>> RunningCasesAsync(string key, int version, int limit = 500, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var instances = await db.Instances.AsNoTracking()
            .Where(i => i.DefinitionKey == key && i.DefinitionVersion == version && i.Status == Running)
            .OrderBy(i => i.StartedAt).ThenBy(i => i.Id).Take(limit)
            .Select(i => new { i.Id, i.BusinessKey, i.StartedAt })
            .ToListAsync(cancellationToken);
        var ids = instances.Select(i => i.Id).ToList();
        var steps = await db.WorkItems.AsNoTracking().Where(w => ids.Contains(w.InstanceId))
            .Select(w => new { w.InstanceId, Step = w.NodeName ?? w.NodeId })
            .ToListAsync(cancellationToken);
        return
        [
            .. instances.Select(i => new RunningCase(i.Id, i.BusinessKey, i.StartedAt,
                [.. steps.Where(s => s.InstanceId == i.Id).Select(s => s.Step).Distinct()])),
        ];
    }
}
