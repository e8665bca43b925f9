using Microsoft.EntityFrameworkCore;
using WorkflowHall.Data;
using WorkflowHall.Data.Matters;
using WorkflowHall.Data.Organisations;
using WorkflowHall.Data.Runtime;
using WorkflowHall.Domain.Matters;

namespace WorkflowHall.Web.Admin.Matters;

/// <summary>
/// The administrators' side of the matter catalog: the list, the editor's view, and saving or publishing
/// a guide only when it passes the same checks publication applies, on the revision the editor read.
/// </summary>
public sealed class MatterAdministration(IDbContextFactory<HallDbContext> contexts, MatterCatalog catalog, DefinitionStore definitions, HallDirectory directory)
{
    public async Task<IReadOnlyList<MatterRow>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Matters.AsNoTracking()
            .Select(m => new
            {
                m.ImplementationCode, m.Name, m.CatalogCode, m.HandlingUnit, m.WorkflowKey, m.PublishedVersion, HasDraft = m.DraftGuideJson != null,
                PublishedAt = db.MatterVersions.Where(v => v.ImplementationCode == m.ImplementationCode && v.Version == m.PublishedVersion).Select(v => (DateTime?)v.PublishedAt).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        var tree = await directory.GetAsync(cancellationToken);
        return [.. rows
            .Select(r => new MatterRow(r.ImplementationCode, r.Name, r.CatalogCode, tree.Find(r.HandlingUnit)?.Name ?? r.HandlingUnit, r.WorkflowKey, r.PublishedVersion, r.HasDraft, r.PublishedAt))
            .OrderBy(r => r.HandlingUnit, StringComparer.Ordinal).ThenBy(r => r.Name, StringComparer.Ordinal)];
    }

    /// <summary>The editor's view of a matter; null when there is no such matter.</summary>
    public async Task<MatterEditView?> LoadAsync(string implementationCode, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var matter = await db.Matters.AsNoTracking().SingleOrDefaultAsync(m => m.ImplementationCode == implementationCode, cancellationToken);
        if (matter is null) return null;
        var guide = matter.DraftGuideJson is { } draft ? ServiceGuideJson.Deserialize(draft)
            : (await catalog.GetAsync(implementationCode, cancellationToken: cancellationToken))?.Guide;
        if (guide is null) return null;

        var lastChange = await db.AuditRecords.AsNoTracking()
            .Where(a => (a.Action == "matter.draft" && a.Subject == implementationCode) || (a.Action == "matter.publish" && a.Subject.StartsWith(implementationCode + ":")))
            .OrderByDescending(a => a.At).ThenByDescending(a => a.Id).Select(a => new { a.Actor, a.At }).FirstOrDefaultAsync(cancellationToken);
        var workflows = (await definitions.VersionsAsync(cancellationToken: cancellationToken))
            .Where(v => v.RetiredAt is null)
            .GroupBy(v => v.Key).Select(g => g.MaxBy(v => v.Version)!)
            .Select(v => new WorkflowChoice(v.Key, v.Name ?? v.Key, v.Version))
            .OrderBy(w => w.Key, StringComparer.Ordinal).ToList();
        var units = (await directory.GetAsync(cancellationToken)).Units.OrderBy(u => u.Level).ThenBy(u => u.Code, StringComparer.Ordinal).ToList();
        return new MatterEditView(matter, guide, await catalog.HistoryAsync(implementationCode, cancellationToken), workflows, units,
            lastChange is null ? null : (lastChange.Actor, lastChange.At));
    }

    /// <summary>Saves the guide as the matter's draft, and publishes it as the next version when <paramref name="publishNote"/> is given.</summary>
    public async Task<GuideSubmission> SubmitAsync(ServiceGuide guide, int readRevision, string actor, string? publishNote, CancellationToken cancellationToken = default)
    {
        var problems = await catalog.CheckAsync(guide, cancellationToken);
        if (problems.Count > 0) return GuideSubmission.Refused(problems);

        var saved = await catalog.SaveDraftAsync(guide, actor, readRevision, cancellationToken);
        if (!saved.Succeeded) return GuideSubmission.Refused(saved.Error!);
        if (publishNote is null) return new GuideSubmission([], null, saved.Value!.Revision, null);

        var published = await catalog.PublishAsync(guide.ImplementationCode, actor, publishNote, saved.Value!.Revision, cancellationToken);
        return published.Succeeded
            ? new GuideSubmission([], null, saved.Value.Revision + 1, published.Value)
            : new GuideSubmission([], published.Error, saved.Value.Revision, null);
    }
}
