using WorkflowHall.Data.Organisations;
using WorkflowHall.Data.Supervision;
using WorkflowHall.Domain.Organisations;
using WorkflowHall.Domain.Ratings;
using WorkflowHall.Web.Audit.Supervision;
using WorkflowHall.Web.Portal.Public;
using WorkflowHall.Engine.Time;

namespace WorkflowHall.Web.Audit.Dashboard;

/// <summary>
/// Builds the <see cref="DashboardView"/>: the grouped figures of <see cref="DashboardQueries"/>, the
/// public rating board of <see cref="PublicRatings"/> for the same period (ratings per department, rolled
/// up as the public sees them), and the names and limits of units and matters.
/// </summary>
public sealed class SupervisionDashboard(DashboardQueries queries, PublicRatings ratings, PublishedMatters matters, HallDirectory directory)
{
    /// <param name="from">First China date of the period.</param>
    /// <param name="to">Last China date of the period (inclusive).</param>
    /// <param name="unit">A unit to narrow to (with the units below it); null for the whole reach.</param>
    public async Task<DashboardView> BuildAsync(SupervisionReach reach, DateOnly from, DateOnly to, string? unit, CancellationToken cancellationToken = default)
    {
        var tree = await directory.GetAsync(cancellationToken);
        var units = reach.Narrow(unit, tree);
        var filter = new DashboardFilter
        {
            From = HallTime.StartOfDay(from),
            To = HallTime.StartOfDay(to.AddDays(1)),
            Units = units,
        };
        var published = await matters.AllAsync(cancellationToken);
        var guides = published.ToDictionary(m => m.ImplementationCode, StringComparer.Ordinal);

        DashboardRow<T> ByUnit<T>(string key, T figures) => tree.Find(key) is { } u ? new(key, u.Name, u.NameEn, figures) : new(key, key, null, figures);
        DashboardRow<T> ByMatter<T>(string key, T figures) =>
            guides.TryGetValue(key, out var m) ? new(key, m.Guide.Name, m.Guide.NameEn, figures) : new(key, key, null, figures);

        var channelsByUnit = await queries.ChannelsAsync(filter, DashboardGrouping.Unit, cancellationToken);
        var used = (await queries.TimeUsedAsync(filter, cancellationToken)).ToDictionary(f => f.Matter, StringComparer.Ordinal);
        var limits = published
            .Where(m => used.ContainsKey(m.ImplementationCode) || units is null || m.Units.Any(units.Contains))
            .Select(m => ByMatter(m.ImplementationCode, new TimeLimitFigure(used.GetValueOrDefault(m.ImplementationCode),
                m.Guide.StatutoryLimit.Amount, m.Guide.PromisedLimit.Amount,
                m.Guide.StatutoryLimit.Unit == "workingDays" && m.Guide.PromisedLimit.Unit == "workingDays")))
            .Concat(used.Keys.Where(k => !guides.ContainsKey(k)).Select(k => ByMatter(k, new TimeLimitFigure(used[k], 0, 0, false))))
            .OrderBy(r => r.Name, StringComparer.Ordinal)
            .ToList();

        var board = await ratings.GetAsync(filter.From, filter.To, cancellationToken);
        return new DashboardView
        {
            From = from,
            To = to,
            OnTimeByUnit = [.. (await queries.OnTimeAsync(filter, DashboardGrouping.Unit, cancellationToken)).Select(f => ByUnit(f.Key, f))],
            OnTimeByMatter = [.. (await queries.OnTimeAsync(filter, DashboardGrouping.Matter, cancellationToken)).Select(f => ByMatter(f.Key, f))],
            OverdueByUnit = [.. (await queries.OverdueAsync(filter, DashboardGrouping.Unit, cancellationToken)).Select(f => ByUnit(f.Key, f))],
            OverdueByMatter = [.. (await queries.OverdueAsync(filter, DashboardGrouping.Matter, cancellationToken)).Select(f => ByMatter(f.Key, f))],
            TimeLimits = limits,
            OnlineByUnit = [.. channelsByUnit.GroupBy(c => c.Key)
                .Select(g => ByUnit(g.Key, new OnlineFigure(g.Sum(c => c.Cases), g.Where(c => c.IsOnline).Sum(c => c.Cases))))],
            Channels = [.. channelsByUnit.GroupBy(c => c.Channel).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => (g.Key, g.Sum(c => c.Cases)))],
            Ratings = [.. board.Departments.Where(r => units is null || units.Contains(r.Key))],
            Rectifications = Rectifications(tree, await queries.RectificationsAsync(filter, cancellationToken)),
            Stuck = await queries.StuckAsync(filter, cancellationToken),
            OpenCases = await queries.OpenCasesAsync(filter, cancellationToken),
        };
    }

    /// <summary>Rectifications per department, rolled up as the rating board rolls up ratings.</summary>
    private static List<DashboardRow<RectificationTally>> Rectifications(OrgDirectory tree, IReadOnlyList<RectificationFigure> figures) =>
        [.. figures.GroupBy(f => PublicRatings.DepartmentOf(tree, f.Unit)?.Code ?? f.Unit, StringComparer.Ordinal)
            .Select(g =>
            {
                var byStatus = g.Where(f => Enum.TryParse<RectificationStatus>(f.Status, out _))
                    .GroupBy(f => Enum.Parse<RectificationStatus>(f.Status)).ToDictionary(s => s.Key, s => s.Sum(f => f.Count));
                var department = tree.Find(g.Key);
                return new DashboardRow<RectificationTally>(g.Key, department?.Name ?? g.Key, department?.NameEn, new RectificationTally(byStatus, g.Sum(f => f.Overdue)));
            })
            .OrderBy(r => r.Key, StringComparer.Ordinal)];
}
