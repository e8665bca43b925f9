using Microsoft.EntityFrameworkCore;
using WorkflowHall.Domain.Organisations;

namespace WorkflowHall.Data.Organisations;

/// <summary>
/// The organisation tree and post holdings, read from the database and kept for a short while: they
/// change rarely, and every node re-reads them within <see cref="MaxAge"/> of a change elsewhere.
/// </summary>
public sealed class HallDirectory(IDbContextFactory<HallDbContext> contexts, TimeProvider clock)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(30);
    private (OrgDirectory Directory, DateTimeOffset LoadedAt)? _cached;

    public async Task<OrgDirectory> GetAsync(CancellationToken cancellationToken = default)
    {
        if (_cached is { } cached && clock.GetUtcNow() - cached.LoadedAt < MaxAge) return cached.Directory;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var units = await db.OrgUnits.AsNoTracking().ToListAsync(cancellationToken);
        var holdings = await db.PostHoldings.AsNoTracking().ToListAsync(cancellationToken);
        var directory = new OrgDirectory(
            units.Select(u => new OrgUnit(u.Code, u.Name, Enum.Parse<OrgLevel>(u.Level, true), Enum.Parse<OrgUnitKind>(u.Kind, true), u.ParentCode)
            {
                NameEn = u.NameEn, RegionCode = u.RegionCode, Uscc = u.Uscc,
            }),
            holdings.Select(h => new PostHolding(h.UserName, h.Post, h.UnitCode)));
        _cached = (directory, clock.GetUtcNow());
        return directory;
    }

    /// <summary>Forget the cached tree at once (after this node changed it).</summary>
    public void Invalidate() => _cached = null;
}
