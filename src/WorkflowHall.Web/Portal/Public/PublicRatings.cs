using WorkflowHall.Data.Organisations;
using WorkflowHall.Data.Ratings;
using WorkflowHall.Domain.Organisations;

namespace WorkflowHall.Web.Portal.Public;

/// <summary>
/// Builds the <see cref="RatingBoard"/> from <see cref="RatingService.AggregatesAsync"/>. A rating
/// counts for the unit that handled the case; the board rolls it up to the nearest department above
/// (or at) that unit, so a department's service window and its sections show as one. A unit with no
/// department above (a town's own office) stands for itself.
/// </summary>
public sealed class PublicRatings(RatingService ratings, HallDirectory directory, PublishedMatters matters)
{
    /// <summary>The board for ratings made in [<paramref name="from"/>, <paramref name="to"/>) when given (the supervision dashboard's period), else all.</summary>
    public async Task<RatingBoard> GetAsync(DateTimeOffset? from = null, DateTimeOffset? to = null, CancellationToken cancellationToken = default)
    {
        var tree = await directory.GetAsync(cancellationToken);
        var byUnit = await ratings.AggregatesAsync(RatingGrouping.Unit, from, to, cancellationToken);
        var departments = byUnit
            .GroupBy(a => DepartmentOf(tree, a.Key)?.Code ?? a.Key)
            .Select(g => Row(g.Key, tree.Find(g.Key)?.Name ?? g.Key, tree.Find(g.Key)?.NameEn, Sum(g.Key, g.ToList())))
            .OrderByDescending(r => r.Figures.AverageStars).ThenByDescending(r => r.Figures.Total).ThenBy(r => r.Key, StringComparer.Ordinal)
            .ToList();

        var names = (await matters.AllAsync(cancellationToken)).ToDictionary(m => m.ImplementationCode, m => m.Guide, StringComparer.Ordinal);
        var byMatter = (await ratings.AggregatesAsync(RatingGrouping.Matter, from, to, cancellationToken))
            .Select(a => Row(a.Key, names.GetValueOrDefault(a.Key)?.Name ?? a.Key, names.GetValueOrDefault(a.Key)?.NameEn, a))
            .OrderByDescending(r => r.Figures.AverageStars).ThenByDescending(r => r.Figures.Total).ThenBy(r => r.Key, StringComparer.Ordinal)
            .ToList();
        return new RatingBoard(departments, byMatter);
    }

    /// <summary>The department a unit's ratings count for (the supervision dashboard rolls rectifications up the same way).</summary>
    internal static OrgUnit? DepartmentOf(OrgDirectory tree, string unit) =>
        tree.Ancestry(unit).FirstOrDefault(u => u.Kind == OrgUnitKind.Department);

    private static RatingRow Row(string key, string name, string? nameEn, RatingAggregate figures) => new(key, name, nameEn, figures);

    private static RatingAggregate Sum(string key, IReadOnlyList<RatingAggregate> parts)
    {
        var total = parts.Sum(p => p.Total);
        return new RatingAggregate(key, total,
            parts.Sum(p => p.VerySatisfied), parts.Sum(p => p.Satisfied), parts.Sum(p => p.BasicallySatisfied),
            parts.Sum(p => p.Dissatisfied), parts.Sum(p => p.VeryDissatisfied),
            total == 0 ? 0 : parts.Sum(p => p.AverageStars * p.Total) / total,
            parts.Sum(p => p.Rectified), parts.Sum(p => p.Invalid));
    }
}
