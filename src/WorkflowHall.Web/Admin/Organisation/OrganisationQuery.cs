using Microsoft.EntityFrameworkCore;
using WorkflowHall.Data;
using WorkflowHall.Data.Records.Hall;

namespace WorkflowHall.Web.Admin.Organisation;

/// <summary>
/// The organisation as the administrators' pages show it, read from the database on every request (not
/// the directory's short-lived cache), so an administrator sees a change at once on any node.
/// </summary>
public sealed class OrganisationQuery(IDbContextFactory<HallDbContext> contexts)
{
    public async Task<IReadOnlyList<OrgUnitRecord>> UnitsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.OrgUnits.AsNoTracking().OrderBy(u => u.Code).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<PostRecord>> PostsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Posts.AsNoTracking().OrderBy(p => p.Code).ToListAsync(cancellationToken);
    }

    /// <summary>Staff who may hold posts, by name.</summary>
    public async Task<IReadOnlyList<PersonRecord>> StaffAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.People.AsNoTracking().Where(p => p.Kind == Data.Organisations.OrganisationChanges.StaffKind).OrderBy(p => p.UserName).ToListAsync(cancellationToken);
    }

    public async Task<UnitView?> UnitAsync(string code, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var unit = await db.OrgUnits.AsNoTracking().SingleOrDefaultAsync(u => u.Code == code, cancellationToken);
        if (unit is null) return null;
        var parent = unit.ParentCode is null ? null : await db.OrgUnits.AsNoTracking().SingleOrDefaultAsync(u => u.Code == unit.ParentCode, cancellationToken);
        var children = await db.OrgUnits.AsNoTracking().Where(u => u.ParentCode == code).OrderBy(u => u.Code).ToListAsync(cancellationToken);
        var holdings = await Held(db, db.PostHoldings.Where(h => h.UnitCode == code)).ToListAsync(cancellationToken);
        return new UnitView(unit, parent, children, [.. holdings.OrderBy(h => h.Post, StringComparer.Ordinal).ThenBy(h => h.UserName, StringComparer.Ordinal)]);
    }

    /// <summary>Staff (with their posts) or applicants (persons and enterprises), by user name.</summary>
    public async Task<IReadOnlyList<PersonRow>> PeopleAsync(bool applicants, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var people = await db.People.AsNoTracking()
            .Where(p => applicants ? p.Kind == "person" || p.Kind == "enterprise" : p.Kind != "person" && p.Kind != "enterprise")
            .OrderBy(p => p.UserName).ToListAsync(cancellationToken);
        var posts = (applicants ? [] : await Held(db, db.PostHoldings).ToListAsync(cancellationToken)).ToLookup(h => h.UserName);
        return [.. people.Select(p => new PersonRow(p.UserName, p.Name, p.Kind, p.Number, p.Phone, p.VillageCode, [.. posts[p.UserName]]))];
    }

    private static IQueryable<HeldPost> Held(HallDbContext db, IQueryable<PostHoldingRecord> holdings) =>
        from h in holdings
        join person in db.People on h.UserName equals person.UserName into people
        from person in people.DefaultIfEmpty()
        join post in db.Posts on h.Post equals post.Code into posts
        from post in posts.DefaultIfEmpty()
        join unit in db.OrgUnits on h.UnitCode equals unit.Code into units
        from unit in units.DefaultIfEmpty()
        select new HeldPost(h.UserName, person != null ? person.Name : h.UserName, h.Post, post != null ? post.Name : h.Post, h.UnitCode, unit != null ? unit.Name : h.UnitCode);
}
