using Microsoft.EntityFrameworkCore;
using WorkflowHall.Data;
using WorkflowHall.Data.Records.Hall;
using WorkflowHall.Engine.Time;

namespace WorkflowHall.Web.Audit.Replay;

/// <summary>Finds cases for the auditors: every unit's, by number, applicant, matter, status and date of submission.</summary>
public sealed class AuditCaseSearch(IDbContextFactory<HallDbContext> contexts)
{

    public async Task<AuditCaseListing> FindAsync(AuditCaseFilter filter, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = Filtered(db.Cases.AsNoTracking(), filter);
        var total = await query.CountAsync(cancellationToken);
        var page = Math.Max(1, filter.Page);
        var rows = await query.OrderByDescending(c => c.SubmittedAt).ThenByDescending(c => c.CaseNumber)
            .Skip((page - 1) * AuditCaseListing.PageSize).Take(AuditCaseListing.PageSize)
            .Select(c => new AuditCaseRow(c.CaseNumber, c.MatterName, c.HandlingUnit, c.ApplicantKind, c.ApplicantName, c.ApplicantNumber, c.Status, c.SubmittedAt, c.ClosedAt))
            .ToListAsync(cancellationToken);
        return new AuditCaseListing(rows, page, total);
    }

    private static IQueryable<CaseRecord> Filtered(IQueryable<CaseRecord> cases, AuditCaseFilter filter)
    {
        if (Trimmed(filter.Number) is { } number) cases = cases.Where(c => c.CaseNumber.Contains(number));
        if (Trimmed(filter.Applicant) is { } applicant)
        {
            var upper = applicant.ToUpperInvariant();
            cases = cases.Where(c => c.ApplicantName.Contains(applicant) || c.ApplicantNumber == upper);
        }
        if (Trimmed(filter.Matter) is { } matter) cases = cases.Where(c => c.MatterName.Contains(matter) || c.ImplementationCode == matter);
        if (Trimmed(filter.Status) is { } status) cases = cases.Where(c => c.Status == status);
        if (filter.From is { } from)
        {
            var start = Utc(from);
            cases = cases.Where(c => c.SubmittedAt >= start);
        }
        if (filter.To is { } to)
        {
            var end = Utc(to.AddDays(1));
            cases = cases.Where(c => c.SubmittedAt < end);
        }
        return cases;
    }

    private static DateTime Utc(DateOnly chinaDate) => HallTime.StartOfDay(chinaDate).UtcDateTime;

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
