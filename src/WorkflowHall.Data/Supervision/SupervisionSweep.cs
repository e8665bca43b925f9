using Microsoft.EntityFrameworkCore;
using WorkflowHall.Data.Matters;
using WorkflowHall.Data.Organisations;
using WorkflowHall.Data.Records.Supervision;
using WorkflowHall.Engine.Time;

namespace WorkflowHall.Data.Supervision;

/// <summary>
/// The supervision sweep (电子监察): one pass over what fell due, run every few seconds by the scheduler.
/// Open steps and cases are found through their indexed <c>SuperviseAt</c> (the next warning or deadline,
/// written with the row), a batch at a time; each batch's records, notifications, open breaches and moved
/// markers are one transaction. Then open breaches whose subject closed or whose deadline moved get their
/// correction. Every record's key is its trigger, so running twice, on two nodes at once, or after a
/// restart records each warning and breach once; a restart records late, with both times.
/// </summary>
public sealed class SupervisionSweep(
    IDbContextFactory<HallDbContext> contexts,
    SupervisionLog log,
    HallDirectory directory,
    MatterCatalog matters,
    WorkingDayCalendar calendar,
    SupervisionOptions options,
    TimeProvider clock)
{
    public async Task<SweepResult> RunAsync(CancellationToken cancellationToken = default)
    {
        var scope = new SweepScope(await directory.GetAsync(cancellationToken), matters, options);
        var total = SweepResult.None;
        total += await RepeatAsync(ct => StepBatchAsync(scope, ct), cancellationToken);
        total += await RepeatAsync(ct => CaseBatchAsync(scope, ct), cancellationToken);
        total += await RepeatAsync(ct => CorrectionBatchAsync(ct), cancellationToken);
        return total;
    }

    private async Task<SweepResult> RepeatAsync(Func<CancellationToken, Task<SweepResult>> batch, CancellationToken cancellationToken)
    {
        var total = SweepResult.None;
        for (var i = 0; i < options.MaxBatchesPerRun; i++)
        {
            var one = await batch(cancellationToken);
            total += one;
            if (one.Visited < options.BatchSize) break;
        }
        return total;
    }

    private async Task<SweepResult> StepBatchAsync(SweepScope scope, CancellationToken cancellationToken)
    {
        var now = SupervisionTime.Now(clock);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var items = await db.WorkItems.AsNoTracking().Where(w => w.SuperviseAt != null && w.SuperviseAt <= now)
            .OrderBy(w => w.SuperviseAt).Take(options.BatchSize).ToListAsync(cancellationToken);
        if (items.Count == 0) return SweepResult.None;
        var cases = await CasesAsync(db, items.Select(i => i.InstanceId).Distinct().ToList(), cancellationToken);

        var findings = new List<SupervisionFinding>();
        var markers = new List<SupervisionMarker>(items.Count);
        foreach (var item in items)
        {
            var c = cases.GetValueOrDefault(item.InstanceId);
            var (found, next) = StepFindings.Evaluate(item, c, await scope.MatterTypeAsync(c, cancellationToken), scope, now);
            findings.AddRange(found);
            markers.Add(new WorkItemMarker(item.Id, item.SuperviseAt!.Value, item.DueAt!.Value, next));
        }
        return Result(items.Count, await log.AppendAsync(findings, markers, now, options.SupervisingPost, cancellationToken));
    }

    private async Task<SweepResult> CaseBatchAsync(SweepScope scope, CancellationToken cancellationToken)
    {
        var now = SupervisionTime.Now(clock);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var cases = await Facts(db.Cases.AsNoTracking().Where(c => c.SuperviseAt != null && c.SuperviseAt <= now).OrderBy(c => c.SuperviseAt))
            .Take(options.BatchSize).ToListAsync(cancellationToken);
        if (cases.Count == 0) return SweepResult.None;

        var findings = new List<SupervisionFinding>();
        var markers = new List<SupervisionMarker>(cases.Count);
        foreach (var c in cases)
        {
            var (found, next) = CaseFindings.Evaluate(c, await scope.MatterTypeAsync(c, cancellationToken), scope, calendar, now);
            findings.AddRange(found);
            markers.Add(new CaseMarker(c.Id, c.SuperviseAt!.Value, c.Revision, next));
        }
        return Result(cases.Count, await log.AppendAsync(findings, markers, now, options.SupervisingPost, cancellationToken));
    }

    /// <summary>Open breaches whose step is gone or moved, or whose case was decided or moved: each gets its correction.</summary>
    private async Task<SweepResult> CorrectionBatchAsync(CancellationToken cancellationToken)
    {
        var now = SupervisionTime.Now(clock);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var steps = await db.OpenBreaches.AsNoTracking()
            .Where(b => b.SubjectKind == SupervisionRules.StepSubject && !db.WorkItems.Any(w => w.Id == b.SubjectId && w.DueAt == b.DueAt))
            .OrderBy(b => b.Sequence).Take(options.BatchSize).ToListAsync(cancellationToken);
        var caseBreaches = await db.OpenBreaches.AsNoTracking()
            .Where(b => b.SubjectKind == SupervisionRules.CaseSubject && b.RuleCode != SupervisionRules.RefusalWithoutReasons
                && !db.Cases.Any(c => c.Id == b.SubjectId && c.DecidedAt == null && c.ClosedAt == null
                    && (b.RuleCode == SupervisionRules.CaseStatutoryOverdue ? c.StatutoryDueAt == b.DueAt : c.PromisedDueAt == b.DueAt)))
            .OrderBy(b => b.Sequence).Take(options.BatchSize).ToListAsync(cancellationToken);
        if (steps.Count + caseBreaches.Count == 0) return SweepResult.None;

        var sequences = steps.Concat(caseBreaches).Select(b => b.Sequence).ToList();
        var reds = await db.SupervisionLog.AsNoTracking().Where(r => sequences.Contains(r.Sequence)).ToDictionaryAsync(r => r.Sequence, cancellationToken);
        var stepIds = steps.Select(b => b.SubjectId).ToList();
        var closures = (await db.StepClosures.AsNoTracking().Where(s => stepIds.Contains(s.WorkItemId)).ToListAsync(cancellationToken))
            .GroupBy(s => s.WorkItemId).ToDictionary(g => g.Key, g => g.MaxBy(s => s.ClosedAt)!);
        var current = await db.WorkItems.AsNoTracking().Where(w => stepIds.Contains(w.Id)).ToDictionaryAsync(w => w.Id, cancellationToken);
        var cases = await CasesAsync(db, caseBreaches.Select(b => b.SubjectId).Distinct().ToList(), cancellationToken);

        var findings = new List<SupervisionFinding>(steps.Count + caseBreaches.Count);
        findings.AddRange(steps.Select(b => CorrectionFindings.ForStep(b, reds[b.Sequence], closures.GetValueOrDefault(b.SubjectId), current.GetValueOrDefault(b.SubjectId), now)));
        findings.AddRange(caseBreaches.Select(b => CorrectionFindings.ForCase(b, reds[b.Sequence], cases.GetValueOrDefault(b.SubjectId), now)));
        // Stop once a batch is not full on either side.
        var visited = Math.Max(steps.Count, caseBreaches.Count);
        return Result(visited, await log.AppendAsync(findings, [], now, options.SupervisingPost, cancellationToken));
    }

    private static async Task<Dictionary<string, CaseFacts>> CasesAsync(HallDbContext db, List<string> ids, CancellationToken cancellationToken)
    {
        var facts = new Dictionary<string, CaseFacts>(StringComparer.Ordinal);
        foreach (var chunk in ids.Chunk(500))
        {
            foreach (var c in await Facts(db.Cases.AsNoTracking().Where(c => chunk.Contains(c.Id))).ToListAsync(cancellationToken)) facts[c.Id] = c;
        }
        return facts;
    }

    private static IQueryable<CaseFacts> Facts(IQueryable<Records.Hall.CaseRecord> cases) => cases.Select(c => new CaseFacts(
        c.Id, c.CaseNumber, c.ImplementationCode, c.MatterVersion, c.HandlingUnit, c.Status, c.AcceptedAt, c.DecidedAt, c.ClosedAt,
        c.PromisedDueAt, c.StatutoryDueAt, c.DecisionReason, c.SuperviseAt, c.Revision));

    private static SweepResult Result(int visited, IReadOnlyList<SupervisionRecord> appended) => new(visited,
        appended.Count(r => r.Level == (int)SupervisionLevel.Warning),
        appended.Count(r => r.Level == (int)SupervisionLevel.Breach),
        appended.Count(r => r.Level == (int)SupervisionLevel.Correction));
}
