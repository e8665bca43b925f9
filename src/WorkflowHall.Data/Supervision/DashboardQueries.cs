using Microsoft.EntityFrameworkCore;
using WorkflowHall.Data.Records.Hall;
using WorkflowHall.Data.Records.Supervision;
using WorkflowHall.Domain.Ratings;
using WorkflowHall.Engine.Time;

namespace WorkflowHall.Data.Supervision;

/// <summary>
/// The supervision dashboard's figures, each counted by the database in grouped queries over indexed
/// columns (cases by decision or submission time, the log by notice time, open steps), never by reading
/// every case: a hall holds millions. Working days are weighed per China date (<see cref="WorkingDayIndex"/>),
/// so even averages of spans stay grouped.
/// </summary>
public sealed class DashboardQueries(IDbContextFactory<HallDbContext> contexts, WorkingDayCalendar calendar, TimeProvider clock)
{

    /// <summary>按时办结率: cases decided in the period with a promised deadline, and those decided by it.</summary>
    public async Task<IReadOnlyList<OnTimeFigure>> OnTimeAsync(DashboardFilter filter, DashboardGrouping by, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var decided = Decided(db, filter).Where(c => c.PromisedDueAt != null);
        var keyed = by == DashboardGrouping.Unit
            ? decided.Select(c => new { Key = c.HandlingUnit, c.DecidedAt, c.PromisedDueAt })
            : decided.Select(c => new { Key = c.ImplementationCode, c.DecidedAt, c.PromisedDueAt });
        var rows = await keyed.GroupBy(c => c.Key)
            .Select(g => new { g.Key, Decided = g.Count(), OnTime = g.Count(c => c.DecidedAt <= c.PromisedDueAt) })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new OnTimeFigure(r.Key, r.Decided, r.OnTime)).OrderBy(r => r.Key, StringComparer.Ordinal)];
    }

    /// <summary>
    /// Steps and cases the log recorded red in the period, each subject once: steps under the unit whose
    /// post held them, cases under their handling unit.
    /// </summary>
    public async Task<IReadOnlyList<OverdueFigure>> OverdueAsync(DashboardFilter filter, DashboardGrouping by, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var breaches = Log(db, filter).Where(r => r.Level == (int)SupervisionLevel.Breach);
        var steps = breaches.Where(r => r.SubjectKind == SupervisionRules.StepSubject);
        var cases = breaches.Where(r => r.RuleCode == SupervisionRules.CasePromisedOverdue || r.RuleCode == SupervisionRules.CaseStatutoryOverdue);
        var stepRows = await (by == DashboardGrouping.Unit
                ? steps.Select(r => new { Key = r.ResponsibleUnit ?? r.UnitCode, r.SubjectId })
                : steps.Select(r => new { Key = r.ImplementationCode, r.SubjectId }))
            .GroupBy(r => r.Key).Select(g => new { g.Key, Count = g.Select(r => r.SubjectId).Distinct().Count() })
            .ToListAsync(cancellationToken);
        var caseRows = await (by == DashboardGrouping.Unit
                ? cases.Select(r => new { Key = r.UnitCode, r.SubjectId })
                : cases.Select(r => new { Key = r.ImplementationCode, r.SubjectId }))
            .GroupBy(r => r.Key).Select(g => new { g.Key, Count = g.Select(r => r.SubjectId).Distinct().Count() })
            .ToListAsync(cancellationToken);

        var stepCounts = stepRows.ToDictionary(r => r.Key ?? "", r => r.Count, StringComparer.Ordinal);
        var caseCounts = caseRows.ToDictionary(r => r.Key ?? "", r => r.Count, StringComparer.Ordinal);
        return [.. stepCounts.Keys.Union(caseCounts.Keys).Order(StringComparer.Ordinal)
            .Select(key => new OverdueFigure(key, stepCounts.GetValueOrDefault(key), caseCounts.GetValueOrDefault(key)))];
    }

    /// <summary>Working days from acceptance to decision, averaged per matter over the cases decided in the period.</summary>
    public async Task<IReadOnlyList<TimeUsedFigure>> TimeUsedAsync(DashboardFilter filter, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var decided = Decided(db, filter).Where(c => c.AcceptedAt != null);
        // Hall dates: the instant moved by the hall's offset, then its day.
        var accepted = await decided.GroupBy(c => new { c.ImplementationCode, Day = c.AcceptedAt!.Value.AddHours(HallTime.Offset.TotalHours).Date })
            .Select(g => new { g.Key.ImplementationCode, g.Key.Day, Count = g.Count() }).ToListAsync(cancellationToken);
        var decidedOn = await decided.GroupBy(c => new { c.ImplementationCode, Day = c.DecidedAt!.Value.AddHours(HallTime.Offset.TotalHours).Date })
            .Select(g => new { g.Key.ImplementationCode, g.Key.Day, Count = g.Count() }).ToListAsync(cancellationToken);

        var index = new WorkingDayIndex(calendar, accepted.Select(a => WorkingDayIndex.DateOf(a.Day)).Concat(decidedOn.Select(d => WorkingDayIndex.DateOf(d.Day))));
        var started = accepted.GroupBy(a => a.ImplementationCode)
            .ToDictionary(g => g.Key, g => (Cases: g.Sum(a => a.Count), Days: g.Sum(a => (long)a.Count * index[WorkingDayIndex.DateOf(a.Day)])));
        return [.. decidedOn.GroupBy(d => d.ImplementationCode)
            .Select(g =>
            {
                var cases = g.Sum(d => d.Count);
                var ended = g.Sum(d => (long)d.Count * index[WorkingDayIndex.DateOf(d.Day)]);
                return new TimeUsedFigure(g.Key, cases, cases == 0 ? 0 : (double)(ended - started[g.Key].Days) / cases);
            })
            .OrderBy(f => f.Matter, StringComparer.Ordinal)];
    }

    /// <summary>Cases submitted in the period, per unit or matter and channel (办理形式).</summary>
    public async Task<IReadOnlyList<ChannelFigure>> ChannelsAsync(DashboardFilter filter, DashboardGrouping by, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var cases = db.Cases.AsNoTracking();
        if (filter.From is { } from)
        {
            var f = StoredTime.ToStored(from);
            cases = cases.Where(c => c.SubmittedAt >= f);
        }
        if (filter.To is { } to)
        {
            var t = StoredTime.ToStored(to);
            cases = cases.Where(c => c.SubmittedAt < t);
        }
        cases = InUnits(cases, filter);
        var keyed = by == DashboardGrouping.Unit
            ? cases.Select(c => new { Key = c.HandlingUnit, c.Channel })
            : cases.Select(c => new { Key = c.ImplementationCode, c.Channel });
        var rows = await keyed.GroupBy(c => new { c.Key, c.Channel }).Select(g => new { g.Key.Key, g.Key.Channel, Count = g.Count() }).ToListAsync(cancellationToken);
        return [.. rows.Select(r => new ChannelFigure(r.Key, r.Channel, r.Count)).OrderBy(r => r.Key, StringComparer.Ordinal).ThenBy(r => r.Channel, StringComparer.Ordinal)];
    }

    /// <summary>Rectifications opened in the period, per unit and status, with those still open past their deadline.</summary>
    public async Task<IReadOnlyList<RectificationFigure>> RectificationsAsync(DashboardFilter filter, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rectifications = db.Rectifications.AsNoTracking();
        if (filter.From is { } from)
        {
            var f = StoredTime.ToStored(from);
            rectifications = rectifications.Where(r => r.OpenedAt >= f);
        }
        if (filter.To is { } to)
        {
            var t = StoredTime.ToStored(to);
            rectifications = rectifications.Where(r => r.OpenedAt < t);
        }
        if (filter.Units is { } units)
        {
            var set = units.ToList();
            rectifications = rectifications.Where(r => set.Contains(r.UnitCode));
        }
        var open = RectificationStatuses.Open.Select(s => s.ToString()).ToList();
        var now = StoredTime.ToStored(clock.GetUtcNow());
        var rows = await rectifications.GroupBy(r => new { r.UnitCode, r.Status })
            .Select(g => new { g.Key.UnitCode, g.Key.Status, Count = g.Count(), Overdue = g.Count(r => open.Contains(r.Status) && r.DueAt < now) })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new RectificationFigure(r.UnitCode, r.Status, r.Count, r.Overdue))
            .OrderBy(r => r.Unit, StringComparer.Ordinal).ThenBy(r => r.Status, StringComparer.Ordinal)];
    }

    /// <summary>
    /// Open cases by the step they wait at now and how long they have waited there in working days (the
    /// period does not apply: this is today's picture). A case waiting at two steps counts at each.
    /// </summary>
    public async Task<IReadOnlyList<StuckStepFigure>> StuckAsync(DashboardFilter filter, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await OpenItems(db, filter).GroupBy(w => new { Step = w.NodeName ?? w.NodeId, Day = w.OpenedAt.AddHours(HallTime.Offset.TotalHours).Date })
            .Select(g => new { g.Key.Step, g.Key.Day, Cases = g.Select(w => w.InstanceId).Distinct().Count() })
            .ToListAsync(cancellationToken);

        var today = HallTime.Today(clock);
        var index = new WorkingDayIndex(calendar, rows.Select(r => WorkingDayIndex.DateOf(r.Day)).Append(today));
        return [.. rows.GroupBy(r => r.Step)
            .Select(g =>
            {
                int In(int min, int max) => g.Where(r => index.Between(WorkingDayIndex.DateOf(r.Day), today) is var age && age >= min && age <= max).Sum(r => r.Cases);
                return new StuckStepFigure(g.Key, In(0, 1), In(2, 5), In(6, 10), In(11, int.MaxValue));
            })
            .OrderByDescending(f => f.Total).ThenBy(f => f.Step, StringComparer.Ordinal)];
    }

    /// <summary>在办: cases with an open step now (in the units, by the step's unit), each once.</summary>
    public async Task<int> OpenCasesAsync(DashboardFilter filter, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await OpenItems(db, filter).Select(w => w.InstanceId).Distinct().CountAsync(cancellationToken);
    }

    private static IQueryable<Records.WorkItemRecord> OpenItems(HallDbContext db, DashboardFilter filter)
    {
        var items = db.WorkItems.AsNoTracking();
        if (filter.Units is not { } units) return items;
        var set = units.ToList();
        return items.Where(w => set.Contains(w.HandlingUnit!));
    }

    private static IQueryable<CaseRecord> Decided(HallDbContext db, DashboardFilter filter)
    {
        var cases = db.Cases.AsNoTracking().Where(c => c.DecidedAt != null);
        if (filter.From is { } from)
        {
            var f = StoredTime.ToStored(from);
            cases = cases.Where(c => c.DecidedAt >= f);
        }
        if (filter.To is { } to)
        {
            var t = StoredTime.ToStored(to);
            cases = cases.Where(c => c.DecidedAt < t);
        }
        return InUnits(cases, filter);
    }

    private static IQueryable<CaseRecord> InUnits(IQueryable<CaseRecord> cases, DashboardFilter filter)
    {
        if (filter.Units is not { } units) return cases;
        var set = units.ToList();
        return cases.Where(c => set.Contains(c.HandlingUnit));
    }

    private static IQueryable<SupervisionRecord> Log(HallDbContext db, DashboardFilter filter)
    {
        var log = db.SupervisionLog.AsNoTracking();
        if (filter.From is { } from)
        {
            var f = SupervisionTime.Stored(from);
            log = log.Where(r => r.NoticedAt >= f);
        }
        if (filter.To is { } to)
        {
            var t = SupervisionTime.Stored(to);
            log = log.Where(r => r.NoticedAt < t);
        }
        if (filter.Units is { } units)
        {
            var set = units.ToList();
            log = log.Where(r => set.Contains(r.UnitCode!) || set.Contains(r.ResponsibleUnit!));
        }
        return log;
    }
}
