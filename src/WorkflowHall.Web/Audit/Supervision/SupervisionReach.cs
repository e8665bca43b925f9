using WorkflowHall.Domain.Organisations;
using WorkflowHall.Web.Accounts;

namespace WorkflowHall.Web.Audit.Supervision;

/// <summary>
/// The part of the supervision log and dashboard someone may read: auditors and administrators all of
/// it; a clerk holding the supervising post (电子监察员) the units where they hold it and every unit
/// below (a county's supervision covers its departments, towns and villages); anyone else nothing.
/// </summary>
/// <param name="Units">The units in reach; null for every unit.</param>
public sealed record SupervisionReach(IReadOnlySet<string>? Units)
{
    public static SupervisionReach Everything { get; } = new((IReadOnlySet<string>?)null);

    public bool IsEverything => Units is null;

    /// <summary>The reach of <paramref name="user"/>, or null when they may not read supervision at all.</summary>
    public static SupervisionReach? Of(HallUser user, OrgDirectory directory, string supervisingPost)
    {
        if (!user.IsAuthenticated) return null;
        if (user.IsAuditor || user.IsAdmin) return Everything;
        if (!user.IsClerk) return null;
        var roots = user.Posts.Where(p => p.Post == supervisingPost).Select(p => p.Unit).ToHashSet(StringComparer.Ordinal);
        return roots.Count == 0 ? null : new SupervisionReach(Below(directory, roots));
    }

    public bool Covers(string? unit) => Units is null || unit is not null && Units.Contains(unit);

    /// <summary>
    /// The units a filter on <paramref name="unit"/> (and the units below it) covers within this reach;
    /// null for every unit. A unit out of reach narrows to nothing.
    /// </summary>
    public IReadOnlyCollection<string>? Narrow(string? unit, OrgDirectory directory)
    {
        if (string.IsNullOrEmpty(unit)) return Units;
        var below = Below(directory, new HashSet<string>(StringComparer.Ordinal) { unit });
        below.Add(unit);
        return Units is null ? below : [.. below.Where(Units.Contains)];
    }

    /// <summary>The units this reach offers as filters, in tree order (each after its parent).</summary>
    public IReadOnlyList<(OrgUnit Unit, int Depth)> Choices(OrgDirectory directory)
    {
        var children = directory.Units.ToLookup(u => u.ParentCode ?? "");
        var list = new List<(OrgUnit, int)>();
        void Walk(string parent, int depth)
        {
            foreach (var unit in children[parent].OrderBy(u => u.Code, StringComparer.Ordinal))
            {
                if (Covers(unit.Code)) list.Add((unit, depth));
                Walk(unit.Code, Covers(unit.Code) ? depth + 1 : depth);
            }
        }
        Walk("", 0);
        return list;
    }

    private static HashSet<string> Below(OrgDirectory directory, IReadOnlySet<string> roots) =>
        directory.Units.Where(u => directory.Ancestry(u.Code).Any(a => roots.Contains(a.Code))).Select(u => u.Code).ToHashSet(StringComparer.Ordinal);
}
