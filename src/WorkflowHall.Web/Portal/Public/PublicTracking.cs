using Microsoft.EntityFrameworkCore;
using WorkflowHall.Data;
using WorkflowHall.Domain.Cases;

namespace WorkflowHall.Web.Portal.Public;

/// <summary>
/// Looks a case up by its number for anyone who has it: reads only the matter name, the status and the
/// names of the open steps, so no personal data leaves the database on this path.
/// </summary>
public sealed class PublicTracking(IDbContextFactory<HallDbContext> contexts)
{
    /// <summary>The number is at most this long (实施编码 36 + date 8 + serial 4); anything longer is not looked up.</summary>
    public const int MaxNumberLength = 48;

    public async Task<PublicCaseStatus?> FindAsync(string caseNumber, CancellationToken cancellationToken = default)
    {
        var number = caseNumber.Trim();
        if (number.Length is 0 or > MaxNumberLength) return null;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var found = await db.Cases.AsNoTracking()
            .Where(c => c.CaseNumber == number)
            .Select(c => new { c.Id, c.CaseNumber, c.MatterName, c.Status })
            .SingleOrDefaultAsync(cancellationToken);
        if (found is null) return null;
        var steps = await db.WorkItems.AsNoTracking()
            .Where(w => w.InstanceId == found.Id)
            .OrderBy(w => w.OpenedAt)
            .Select(w => w.NodeName ?? w.NodeId)
            .ToListAsync(cancellationToken);
        return new PublicCaseStatus(found.CaseNumber, found.MatterName, Enum.Parse<CaseStatus>(found.Status), [.. steps.Distinct()]);
    }
}
