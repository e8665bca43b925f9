using System.Collections.Frozen;
using Microsoft.EntityFrameworkCore;
using WorkflowHall.Data.Matters;
using WorkflowHall.Data.Organisations;
using WorkflowHall.Data.Runtime;
using WorkflowHall.Domain.Matters;
using WorkflowHall.Domain.Organisations;
using WorkflowHall.Engine.Time;

namespace WorkflowHall.Data.Seeding;

/// <summary>What generating cases needs to know of the hall, read once: the published matters, the organisation tree and who holds which post where.</summary>
public sealed class SeedCatalog
{
    private readonly FrozenDictionary<(string Post, string Unit), string[]> _holders;

    private SeedCatalog(IReadOnlyList<SeedMatter> matters, OrgDirectory directory, IEnumerable<(string User, string Post, string Unit)> holdings,
        WorkingDayCalendar calendar)
    {
        Matters = matters;
        Directory = directory;
        Calendar = calendar;
        _holders = holdings.GroupBy(h => (h.Post, h.Unit)).ToFrozenDictionary(g => g.Key, g => g.Select(h => h.User).Order(StringComparer.Ordinal).ToArray());
    }

    public IReadOnlyList<SeedMatter> Matters { get; }
    public OrgDirectory Directory { get; }
    public WorkingDayCalendar Calendar { get; }

    /// <summary>Who holds <paramref name="post"/> in <paramref name="unit"/>, in a fixed order.</summary>
    public IReadOnlyList<string> Holders(string post, string? unit) =>
        unit is not null && _holders.TryGetValue((post, unit), out var users) ? users : [];

    public static async Task<SeedCatalog> LoadAsync(IDbContextFactory<HallDbContext> contexts, MatterCatalog catalog, DefinitionStore definitions,
        HallDirectory directory, WorkingDayCalendar calendar, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var codes = await db.Matters.Where(m => m.PublishedVersion != null).OrderBy(m => m.ImplementationCode).Select(m => m.ImplementationCode).ToListAsync(cancellationToken);
        var matters = new List<SeedMatter>();
        foreach (var code in codes)
        {
            var (guide, version) = (await catalog.GetAsync(code, cancellationToken: cancellationToken))!.Value;
            var workflow = await definitions.LatestAsync(guide.WorkflowKey, cancellationToken)
                ?? throw new InvalidOperationException($"The workflow {guide.WorkflowKey} of matter {code} is not published.");
            matters.Add(new SeedMatter(guide, version, workflow));
        }
        var holdings = await db.PostHoldings.AsNoTracking().Select(h => new { h.UserName, h.Post, h.UnitCode }).ToListAsync(cancellationToken);
        directory.Invalidate();
        return new SeedCatalog(matters, await directory.GetAsync(cancellationToken), holdings.Select(h => (h.UserName, h.Post, h.UnitCode)), calendar);
    }
}
