using Microsoft.EntityFrameworkCore;
using WorkflowHall.Data;
using WorkflowHall.Engine.Execution;

namespace WorkflowHall.Web.Cases;

/// <summary>Reads a <see cref="CaseDossier"/> by case number (what people see and type) or by case id.</summary>
public sealed class CaseDossierQuery(IDbContextFactory<HallDbContext> contexts)
{
    public Task<CaseDossier?> ByNumberAsync(string caseNumber, CancellationToken cancellationToken = default) =>
        LoadAsync(db => db.Cases.AsNoTracking().SingleOrDefaultAsync(c => c.CaseNumber == caseNumber.Trim(), cancellationToken), cancellationToken);

    public Task<CaseDossier?> ByIdAsync(string caseId, CancellationToken cancellationToken = default) =>
        LoadAsync(db => db.Cases.AsNoTracking().SingleOrDefaultAsync(c => c.Id == caseId, cancellationToken), cancellationToken);

    private async Task<CaseDossier?> LoadAsync(Func<HallDbContext, Task<Data.Records.Hall.CaseRecord?>> find, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await find(db) is not { } record) return null;
        var id = record.Id;
        var instance = await db.Instances.AsNoTracking().SingleAsync(i => i.Id == id, cancellationToken);
        return new CaseDossier(
            record,
            InstanceStateJson.Deserialize(instance.StateJson),
            await db.CaseMaterials.AsNoTracking().Where(m => m.CaseId == id).OrderBy(m => m.Id).ToListAsync(cancellationToken),
            await db.TrailEvents.AsNoTracking().Where(e => e.InstanceId == id).OrderBy(e => e.Sequence).ToListAsync(cancellationToken),
            await db.WorkItems.AsNoTracking().Where(w => w.InstanceId == id).OrderBy(w => w.OpenedAt).ToListAsync(cancellationToken),
            await db.SpecialProcedures.AsNoTracking().Where(p => p.CaseId == id).OrderBy(p => p.StartedAt).ToListAsync(cancellationToken),
            await db.Certificates.AsNoTracking().Where(c => c.CaseId == id).OrderBy(c => c.IssuedAt).ToListAsync(cancellationToken),
            await db.Ratings.AsNoTracking().SingleOrDefaultAsync(r => r.CaseId == id, cancellationToken));
    }
}
