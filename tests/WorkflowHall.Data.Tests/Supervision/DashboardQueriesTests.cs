using Microsoft.EntityFrameworkCore;
using WorkflowHall.Data.Records.Hall;
using WorkflowHall.Data.Records.Supervision;
using WorkflowHall.Data.Supervision;
using WorkflowHall.Domain.Ratings;
using WorkflowHall.Engine.Time;

namespace WorkflowHall.Data.Tests.Supervision;

using WorkflowHall.Data.Tests.Infrastructure;

/// <summary>
/// Each dashboard figure, counted by the database, equals the same figure worked out here by hand from
/// every row: for the whole hall, and for a period and a set of units.
/// </summary>
public class DashboardQueriesTests
{
    private static readonly TimeSpan China = HallTime.Offset;

    public static TheoryData<string> Providers => TestDatabase.Providers;

    [Theory, MemberData(nameof(Providers))]
    public async Task Every_figure_matches_a_count_of_the_rows(string provider)
    {
        await using var hall = await DashboardScene.CreateAsync(provider);
        var queries = new DashboardQueries(hall.Contexts, TestHall.Calendar, hall.Clock);
        await using var db = await hall.Contexts.CreateDbContextAsync();
        var cases = await db.Cases.AsNoTracking().ToListAsync();
        var log = await db.SupervisionLog.AsNoTracking().ToListAsync();
        var items = await db.WorkItems.AsNoTracking().ToListAsync();
        var rectifications = await db.Rectifications.AsNoTracking().ToListAsync();

        // The scene has what each figure needs.
        Assert.Contains(cases, c => c.DecidedAt is not null && c.DecidedAt > c.PromisedDueAt);
        Assert.Contains(cases, c => c.DecidedAt is not null && c.DecidedAt <= c.PromisedDueAt);
        Assert.Contains(log, r => r.Level == (int)SupervisionLevel.Breach && r.SubjectKind == SupervisionRules.StepSubject);
        Assert.Contains(rectifications, r => r.Status == nameof(RectificationStatus.Completed));
        Assert.Contains(rectifications, r => r.Status == nameof(RectificationStatus.PendingReview));
        Assert.True(cases.Select(c => c.Channel).Distinct().Count() > 1);

        var busiest = cases.GroupBy(c => c.HandlingUnit).OrderByDescending(g => g.Count()).Take(2).Select(g => g.Key).ToList();
        DashboardFilter[] filters =
        [
            new(),
            new() { From = DashboardScene.Until.AddDays(-45), To = DashboardScene.Until.AddDays(2), Units = busiest },
        ];
        foreach (var filter in filters)
        {
            bool InPeriod(DateTime? at) => at is { } value && (filter.From is null || value >= filter.From.Value.UtcDateTime) && (filter.To is null || value < filter.To.Value.UtcDateTime);
            bool InUnits(string? unit) => filter.Units is null || unit is not null && filter.Units.Contains(unit);
            var decided = cases.Where(c => InPeriod(c.DecidedAt) && InUnits(c.HandlingUnit)).ToList();
            Assert.NotEmpty(decided);

            foreach (var by in new[] { DashboardGrouping.Unit, DashboardGrouping.Matter })
            {
                Func<CaseRecord, string> key = by == DashboardGrouping.Unit ? c => c.HandlingUnit : c => c.ImplementationCode;
                var onTime = decided.Where(c => c.PromisedDueAt is not null).GroupBy(key).OrderBy(g => g.Key, StringComparer.Ordinal)
                    .Select(g => new OnTimeFigure(g.Key, g.Count(), g.Count(c => c.DecidedAt <= c.PromisedDueAt))).ToList();
                Assert.Equal(onTime, await queries.OnTimeAsync(filter, by));

                var breaches = log.Where(r => r.Level == (int)SupervisionLevel.Breach && InPeriod(r.NoticedAt) && (InUnits(r.UnitCode) || InUnits(r.ResponsibleUnit))).ToList();
                var steps = breaches.Where(r => r.SubjectKind == "step").GroupBy(r => (by == DashboardGrouping.Unit ? r.ResponsibleUnit ?? r.UnitCode : r.ImplementationCode) ?? "")
                    .ToDictionary(g => g.Key, g => g.Select(r => r.SubjectId).Distinct().Count());
                var overdueCases = breaches.Where(r => r.RuleCode is "case-promised-overdue" or "case-statutory-overdue")
                    .GroupBy(r => (by == DashboardGrouping.Unit ? r.UnitCode : r.ImplementationCode) ?? "")
                    .ToDictionary(g => g.Key, g => g.Select(r => r.SubjectId).Distinct().Count());
                var overdue = steps.Keys.Union(overdueCases.Keys).Order(StringComparer.Ordinal)
                    .Select(k => new OverdueFigure(k, steps.GetValueOrDefault(k), overdueCases.GetValueOrDefault(k))).ToList();
                Assert.Equal(overdue, await queries.OverdueAsync(filter, by));

                var channels = cases.Where(c => InPeriod(c.SubmittedAt) && InUnits(c.HandlingUnit)).GroupBy(c => (Key: key(c), c.Channel))
                    .OrderBy(g => g.Key.Key, StringComparer.Ordinal).ThenBy(g => g.Key.Channel, StringComparer.Ordinal)
                    .Select(g => new ChannelFigure(g.Key.Key, g.Key.Channel, g.Count())).ToList();
                Assert.Equal(channels, await queries.ChannelsAsync(filter, by));
            }

            var timeUsed = decided.Where(c => c.AcceptedAt is not null).GroupBy(c => c.ImplementationCode).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => (g.Key, g.Count(), g.Average(c => TestHall.Calendar.CountWorkingDays(Utc(c.AcceptedAt!.Value), Utc(c.DecidedAt!.Value))))).ToList();
            var counted = await queries.TimeUsedAsync(filter);
            Assert.Equal(timeUsed.Select(t => (t.Key, t.Item2)), counted.Select(f => (f.Matter, f.Decided)));
            Assert.Equal(timeUsed.Select(t => Math.Round(t.Item3, 6)), counted.Select(f => Math.Round(f.AverageWorkingDays, 6)));

            var now = hall.Clock.GetUtcNow();
            var rectified = rectifications.Where(r => InPeriod(r.OpenedAt) && InUnits(r.UnitCode)).GroupBy(r => (r.UnitCode, r.Status))
                .OrderBy(g => g.Key.UnitCode, StringComparer.Ordinal).ThenBy(g => g.Key.Status, StringComparer.Ordinal)
                .Select(g => new RectificationFigure(g.Key.UnitCode, g.Key.Status, g.Count(),
                    g.Count(r => Enum.Parse<RectificationStatus>(r.Status).IsOpen() && Utc(r.DueAt) < now))).ToList();
            Assert.Equal(rectified, await queries.RectificationsAsync(filter));
            Assert.NotEmpty(rectified);

            var today = DateOnly.FromDateTime(now.ToOffset(China).DateTime);
            var stuck = items.Where(w => InUnits(w.HandlingUnit)).GroupBy(w => w.NodeName ?? w.NodeId).Select(g =>
            {
                var ages = g.GroupBy(w => (DateOnly.FromDateTime(Utc(w.OpenedAt).ToOffset(China).DateTime), w.InstanceId))
                    .Select(x => TestHall.Calendar.CountWorkingDays(Utc(x.First().OpenedAt), now)).ToList();
                return new StuckStepFigure(g.Key, ages.Count(a => a <= 1), ages.Count(a => a is >= 2 and <= 5), ages.Count(a => a is >= 6 and <= 10), ages.Count(a => a > 10));
            }).OrderByDescending(f => f.Total).ThenBy(f => f.Step, StringComparer.Ordinal).ToList();
            Assert.Equal(stuck, await queries.StuckAsync(filter));
            Assert.Equal(items.Where(w => InUnits(w.HandlingUnit)).Select(w => w.InstanceId).Distinct().Count(), await queries.OpenCasesAsync(filter));
            Assert.NotEmpty(stuck);
        }
    }

    [Fact]
    public void Working_days_between_dates_skip_weekends_and_holidays()
    {
        // 2026-09-30 (Wed) to 2026-10-09 (Fri): the National Day holiday 10-01 … 10-07, then 10-08 and 10-09 are working days.
        var index = new WorkingDayIndex(TestHall.Calendar, [new DateOnly(2026, 9, 30), new DateOnly(2026, 10, 9), new DateOnly(2026, 9, 25)]);
        Assert.Equal(TestHall.Calendar.CountWorkingDays(Day(2026, 9, 30), Day(2026, 10, 9)), index.Between(new DateOnly(2026, 9, 30), new DateOnly(2026, 10, 9)));
        Assert.Equal(TestHall.Calendar.CountWorkingDays(Day(2026, 9, 25), Day(2026, 10, 9)), index.Between(new DateOnly(2026, 9, 25), new DateOnly(2026, 10, 9)));
        Assert.Equal(0, index.Between(new DateOnly(2026, 10, 9), new DateOnly(2026, 9, 30)));
    }

    private static DateTimeOffset Day(int year, int month, int day) => new(year, month, day, 12, 0, 0, China);

    private static DateTimeOffset Utc(DateTime stored) => new(DateTime.SpecifyKind(stored, DateTimeKind.Utc));
}
