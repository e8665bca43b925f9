using Microsoft.EntityFrameworkCore;
using WorkflowHall.Data;
using WorkflowHall.Data.Supervision;

namespace WorkflowHall.Web.Audit.Supervision;

/// <summary>Reads a page of the filtered log and, in two lookups by sequence, what its corrections correct and which of its breaches were corrected.</summary>
public sealed class SupervisionLogListing(SupervisionQueries queries, IDbContextFactory<HallDbContext> contexts)
{
    public const int PageSize = 20;

    public async Task<SupervisionLogView> PageAsync(SupervisionFilter filter, int page, CancellationToken cancellationToken = default)
    {
        var total = await queries.CountAsync(filter, cancellationToken);
        page = Math.Clamp(page, 1, Math.Max(1, (total + PageSize - 1) / PageSize));
        var records = await queries.ListAsync(filter, (page - 1) * PageSize, PageSize, newestFirst: true, cancellationToken: cancellationToken);

        var corrected = records.Select(r => r.CorrectsSequence).OfType<long>().Distinct().ToList();
        var breaches = records.Where(r => r.Level == (int)SupervisionLevel.Breach).Select(r => r.Sequence).ToList();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var corrects = await db.SupervisionLog.AsNoTracking().Where(r => corrected.Contains(r.Sequence))
            .Select(r => new SupervisionLogLink(r.Sequence, r.RecordNumber, r.CaseNumber)).ToDictionaryAsync(l => l.Sequence, cancellationToken);
        var corrections = await db.SupervisionLog.AsNoTracking().Where(r => r.CorrectsSequence != null && breaches.Contains(r.CorrectsSequence.Value))
            .Select(r => new { Breach = r.CorrectsSequence!.Value, Link = new SupervisionLogLink(r.Sequence, r.RecordNumber, r.CaseNumber) }).ToListAsync(cancellationToken);
        return new SupervisionLogView(records, total, page, PageSize,
            records.Where(r => r.CorrectsSequence is { } s && corrects.ContainsKey(s)).ToDictionary(r => r.Sequence, r => corrects[r.CorrectsSequence!.Value]),
            corrections.GroupBy(c => c.Breach).ToDictionary(g => g.Key, g => g.First().Link));
    }
}
