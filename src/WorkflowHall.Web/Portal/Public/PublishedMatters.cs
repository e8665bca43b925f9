using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using WorkflowHall.Data;
using WorkflowHall.Domain.Matters;

namespace WorkflowHall.Web.Portal.Public;

/// <summary>
/// The public catalog: every matter with a published guide version, searched by <see cref="MatterQuery"/>.
/// A published version never changes, so its parsed guide is kept; which version is published is read
/// from the database on every call, so a publication on another node shows at once.
/// </summary>
public sealed class PublishedMatters(IDbContextFactory<HallDbContext> contexts)
{
    private readonly ConcurrentDictionary<(string Code, int Version), ServiceGuide> _guides = new();

    /// <summary>All published matters, ordered by name.</summary>
    public async Task<IReadOnlyList<PublishedMatter>> AllAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var published = await db.Matters.AsNoTracking()
            .Where(m => m.PublishedVersion != null)
            .Select(m => new { m.ImplementationCode, Version = m.PublishedVersion!.Value })
            .ToListAsync(cancellationToken);
        var missing = published.Where(p => !_guides.ContainsKey((p.ImplementationCode, p.Version))).Select(p => p.ImplementationCode).ToList();
        if (missing.Count > 0)
        {
            var rows = await db.MatterVersions.AsNoTracking()
                .Where(v => missing.Contains(v.ImplementationCode)
                    && db.Matters.Any(m => m.ImplementationCode == v.ImplementationCode && m.PublishedVersion == v.Version))
                .Select(v => new { v.ImplementationCode, v.Version, v.GuideJson })
                .ToListAsync(cancellationToken);
            foreach (var row in rows)
            {
                _guides.TryAdd((row.ImplementationCode, row.Version), ServiceGuideJson.Deserialize(row.GuideJson));
            }
        }
        return [.. published
            .Where(p => _guides.ContainsKey((p.ImplementationCode, p.Version)))
            .Select(p => new PublishedMatter(_guides[(p.ImplementationCode, p.Version)], p.Version))
            .OrderBy(m => m.Guide.Name, StringComparer.Ordinal)];
    }

    public async Task<IReadOnlyList<PublishedMatter>> SearchAsync(MatterQuery query, CancellationToken cancellationToken = default) =>
        [.. (await AllAsync(cancellationToken)).Where(query.Matches)];

    /// <summary>The matters applied for most often, most first; matters without cases fill up in name order.</summary>
    public async Task<IReadOnlyList<PublishedMatter>> MostUsedAsync(int count, CancellationToken cancellationToken = default)
    {
        var all = await AllAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var used = await db.Cases.AsNoTracking()
            .GroupBy(c => c.ImplementationCode)
            .Select(g => new { Code = g.Key, Cases = g.Count() })
            .ToDictionaryAsync(g => g.Code, g => g.Cases, cancellationToken);
        return [.. all.OrderByDescending(m => used.GetValueOrDefault(m.ImplementationCode)).Take(count)];
    }
}
