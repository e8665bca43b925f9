using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using WorkflowHall.Data.Records.Supervision;
using WorkflowHall.Engine.Time;

namespace WorkflowHall.Data.Supervision;

/// <summary>The log for auditors: filtered lists, the indicators, and a CSV export that Excel opens as it is.</summary>
public sealed class SupervisionQueries(IDbContextFactory<HallDbContext> contexts)
{
    private const int Page = 5000;

    /// <summary>A page of the filtered log in chain order, or newest first (what an auditor reads).</summary>
    public async Task<IReadOnlyList<SupervisionRecord>> ListAsync(SupervisionFilter filter, int skip = 0, int take = 100, bool newestFirst = false,
        CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var q = Apply(db, filter);
        return await (newestFirst ? q.OrderByDescending(r => r.Sequence) : q.OrderBy(r => r.Sequence)).Skip(skip).Take(take).ToListAsync(cancellationToken);
    }

    public async Task<int> CountAsync(SupervisionFilter filter, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await Apply(db, filter).CountAsync(cancellationToken);
    }

    public async Task<SupervisionFigures> FiguresAsync(SupervisionFilter filter, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var from = filter.From?.UtcDateTime;
        var to = filter.To?.UtcDateTime;

        var closures = db.StepClosures.AsNoTracking().Where(s => s.Reason == "Completed");
        if (from is { } f1) closures = closures.Where(s => s.ClosedAt >= f1);
        if (to is { } t1) closures = closures.Where(s => s.ClosedAt < t1);
        if (filter.Unit is { } unit) closures = closures.Where(s => s.HandlingUnit == unit);
        if (filter.Matter is { } matter) closures = closures.Where(s => db.Cases.Any(c => c.Id == s.InstanceId && c.ImplementationCode == matter));
        var completedSteps = await closures.CountAsync(cancellationToken);
        var lateSteps = await closures.Where(s => s.ClosedAt > s.DueAt).Select(s => new { s.ClosedAt, s.DueAt }).ToListAsync(cancellationToken);

        var cases = db.Cases.AsNoTracking().Where(c => c.DecidedAt != null && c.PromisedDueAt != null);
        if (from is { } f2) cases = cases.Where(c => c.DecidedAt >= f2);
        if (to is { } t2) cases = cases.Where(c => c.DecidedAt < t2);
        if (filter.Unit is { } caseUnit) cases = cases.Where(c => c.HandlingUnit == caseUnit);
        if (filter.Matter is { } caseMatter) cases = cases.Where(c => c.ImplementationCode == caseMatter);
        var decidedCases = await cases.CountAsync(cancellationToken);
        var lateCases = await cases.Where(c => c.DecidedAt > c.PromisedDueAt).Select(c => new { c.DecidedAt, c.PromisedDueAt }).ToListAsync(cancellationToken);

        var records = Apply(db, filter with { Level = null, Status = null });
        var breaches = records.Where(r => r.Level == (int)SupervisionLevel.Breach);
        var overdueSteps = await breaches.Where(r => r.SubjectKind == SupervisionRules.StepSubject).Select(r => r.SubjectId).Distinct().CountAsync(cancellationToken);
        var overdueCases = await breaches.Where(r => r.RuleCode == SupervisionRules.CasePromisedOverdue || r.RuleCode == SupervisionRules.CaseStatutoryOverdue)
            .Select(r => r.SubjectId).Distinct().CountAsync(cancellationToken);
        var byLevel = await records.GroupBy(r => r.Level).Select(g => new { Level = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        int Count(SupervisionLevel level) => byLevel.FirstOrDefault(l => l.Level == (int)level)?.Count ?? 0;

        return new SupervisionFigures(
            completedSteps, completedSteps - lateSteps.Count, decidedCases, decidedCases - lateCases.Count,
            overdueSteps, overdueCases,
            lateSteps.Count == 0 ? null : lateSteps.Average(s => (s.ClosedAt - s.DueAt).TotalDays),
            lateCases.Count == 0 ? null : lateCases.Average(c => (c.DecidedAt!.Value - c.PromisedDueAt!.Value).TotalDays),
            Count(SupervisionLevel.Warning), Count(SupervisionLevel.Breach), Count(SupervisionLevel.Correction));
    }

    /// <summary>The filtered log as CSV: UTF-8 with a byte-order mark (so Excel reads the Chinese), a header row in Chinese and English, times at +08:00.</summary>
    public async Task WriteCsvAsync(SupervisionFilter filter, Stream output, CancellationToken cancellationToken = default)
    {
        await using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true) { NewLine = "\r\n" };
        await writer.WriteLineAsync(string.Join(",", Columns.Select(c => Cell(c.Header))));
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        long after = 0;
        while (true)
        {
            var from = after;
            var page = await Apply(db, filter).Where(r => r.Sequence > from).OrderBy(r => r.Sequence).Take(Page).ToListAsync(cancellationToken);
            foreach (var record in page) await writer.WriteLineAsync(string.Join(",", Columns.Select(c => Cell(c.Value(record)))));
            if (page.Count < Page) break;
            after = page[^1].Sequence;
        }
        await writer.FlushAsync(cancellationToken);
    }

    private static IQueryable<SupervisionRecord> Apply(HallDbContext db, SupervisionFilter filter)
    {
        var q = db.SupervisionLog.AsNoTracking();
        if (filter.From is { } from)
        {
            var f = from.UtcDateTime;
            q = q.Where(r => r.NoticedAt >= f);
        }
        if (filter.To is { } to)
        {
            var t = to.UtcDateTime;
            q = q.Where(r => r.NoticedAt < t);
        }
        if (filter.Unit is { } unit) q = q.Where(r => r.UnitCode == unit || r.ResponsibleUnit == unit);
        if (filter.Units is { } units)
        {
            var set = units.ToList();
            q = q.Where(r => set.Contains(r.UnitCode!) || set.Contains(r.ResponsibleUnit!));
        }
        if (filter.Matter is { } matter) q = q.Where(r => r.ImplementationCode == matter);
        if (filter.Level is { } level) q = q.Where(r => r.Level == (int)level);
        if (filter.Rule is { } rule) q = q.Where(r => r.RuleCode == rule);
        if (filter.CaseNumber is { } caseNumber) q = q.Where(r => r.CaseNumber == caseNumber);
        var log = db.SupervisionLog;
        q = filter.Status switch
        {
            SupervisionStatus.Open => q.Where(r => r.Level == (int)SupervisionLevel.Breach && !log.Any(c => c.CorrectsSequence == r.Sequence)),
            SupervisionStatus.Corrected => q.Where(r => r.Level == (int)SupervisionLevel.Breach && log.Any(c => c.CorrectsSequence == r.Sequence)),
            _ => q,
        };
        return q;
    }

    private static readonly (string Header, Func<SupervisionRecord, string?> Value)[] Columns =
    [
        ("监察编号 Record number", r => r.RecordNumber),
        ("办件编号 Case number", r => r.CaseNumber ?? r.CaseId),
        ("事项类型代码 Matter type", r => r.MatterType),
        ("实施编码 Implementation code", r => r.ImplementationCode),
        ("机构 Unit", r => r.UnitCode),
        ("责任部门 Responsible unit", r => r.ResponsibleUnit),
        ("对象 Subject", r => r.SubjectKind == SupervisionRules.StepSubject ? "环节 step" : "办件 case"),
        ("环节 Step", r => r.StepName ?? r.NodeId),
        ("岗位 Post", r => r.Post),
        ("承办人 Assignee", r => r.Assignee),
        ("监察规则编号 Rule", r => r.RuleCode),
        ("监察预警类型代码 Level", r => r.Level.ToString(CultureInfo.InvariantCulture)),
        ("到期时间 Due at", r => Time(r.DueAt)),
        ("状态产生时间 Noticed at", r => Time(r.NoticedAt)),
        ("超期分钟 Overdue minutes", r => r.OverdueMinutes.ToString(CultureInfo.InvariantCulture)),
        ("监察结果描述 Description", r => r.Description),
        ("纠正的记录 Corrects", r => r.CorrectsSequence?.ToString(CultureInfo.InvariantCulture)),
        ("哈希 Hash", r => r.Hash),
    ];

    private static string Time(DateTime stored) => HallTime.FormatDateTime(stored);

    /// <summary>RFC 4180 quoting; a leading = + - @ is neutralised so a spreadsheet never runs a cell as a formula.</summary>
    private static string Cell(string? value)
    {
        if (string.IsNullOrEmpty(value)) return "";
        if (value[0] is '=' or '+' or '-' or '@') value = "'" + value;
        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
    }
}
