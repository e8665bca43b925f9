using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using WorkflowHall.Data.Records;
using WorkflowHall.Data.Records.Hall;
using WorkflowHall.Data.Runtime;
using WorkflowHall.Domain.Matters;
using WorkflowHall.Data.Organisations;

namespace WorkflowHall.Data.Matters;

/// <summary>
/// Matters and their guides: a draft per matter, explicit publication of numbered guide versions that
/// never change, and the version new cases use. A case keeps the version it was applied under.
/// </summary>
public sealed class MatterCatalog(IDbContextFactory<HallDbContext> contexts, DefinitionStore definitions, HallDirectory directory, TimeProvider clock)
{
    private readonly ConcurrentDictionary<(string Code, int Version), ServiceGuide> _published = new();

    public Task<HallResult<MatterRecord>> SaveDraftAsync(ServiceGuide guide, string actor, CancellationToken cancellationToken = default) =>
        SaveDraftAsync(guide, actor, expectedRevision: null, cancellationToken);

    /// <summary>
    /// Saves the draft only if the matter is still at <paramref name="expectedRevision"/> (the revision the
    /// editor's form was read at; 0 for a matter not stored yet): two administrators editing one guide
    /// do not silently overwrite each other.
    /// </summary>
    public async Task<HallResult<MatterRecord>> SaveDraftAsync(ServiceGuide guide, string actor, int? expectedRevision, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var matter = await db.Matters.FindAsync([guide.ImplementationCode], cancellationToken);
        if (matter is null)
        {
            if (expectedRevision is > 0) return Stale(guide.ImplementationCode);
            matter = new MatterRecord
            {
                ImplementationCode = guide.ImplementationCode, Name = guide.Name, CatalogCode = guide.CatalogCode,
                HandlingUnit = HandlingUnitOf(guide), WorkflowKey = guide.WorkflowKey,
            };
            db.Matters.Add(matter);
        }
        else if (expectedRevision is { } expected)
        {
            if (matter.Revision != expected) return Stale(guide.ImplementationCode);
            db.Entry(matter).Property(m => m.Revision).OriginalValue = expected;
        }
        matter.DraftGuideJson = ServiceGuideJson.Serialize(guide);
        matter.Revision++;
        db.AuditRecords.Add(new AuditRecord { At = clock.GetUtcNow().UtcDateTime, Actor = actor, Action = "matter.draft", Subject = guide.ImplementationCode });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e is DbUpdateConcurrencyException || HallDatabase.IsUniqueViolation(e))
        {
            return Stale(guide.ImplementationCode);
        }
        return matter;
    }

    private static HallError Stale(string implementationCode) =>
        new("matter.conflict", $"事项 {implementationCode} 刚被他人修改，请刷新后重试", $"Matter {implementationCode} was just changed by someone else; reload and try again");

    /// <summary>Checks the draft guide (its own rules, its workflow published, its handling unit known) and publishes it as the next version.</summary>
    public Task<HallResult<int>> PublishAsync(string implementationCode, string actor, string? note = null, CancellationToken cancellationToken = default) =>
        PublishAsync(implementationCode, actor, note, expectedRevision: null, cancellationToken);

    /// <summary>Publishes the draft only if the matter is still at <paramref name="expectedRevision"/>: the draft the administrator looked at.</summary>
    public async Task<HallResult<int>> PublishAsync(string implementationCode, string actor, string? note, int? expectedRevision, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var matter = await db.Matters.FindAsync([implementationCode], cancellationToken);
        if (matter is not null && expectedRevision is { } expected && matter.Revision != expected) return Stale(implementationCode);
        if (matter?.DraftGuideJson is not { } json)
        {
            return new HallError("matter.no-draft", $"事项 {implementationCode} 没有待发布的草稿", $"Matter {implementationCode} has no draft to publish");
        }
        var guide = ServiceGuideJson.Deserialize(json);
        var problems = await CheckAsync(guide, cancellationToken);
        if (problems.Count > 0)
        {
            return new HallError("matter.invalid", string.Join("；", problems.Select(p => $"{p.Field}：{p.MessageZh}")),
                string.Join("; ", problems.Select(p => $"{p.Field}: {p.MessageEn}")));
        }

        var version = (await db.MatterVersions.Where(v => v.ImplementationCode == implementationCode).MaxAsync(v => (int?)v.Version, cancellationToken) ?? 0) + 1;
        var now = clock.GetUtcNow().UtcDateTime;
        db.MatterVersions.Add(new MatterVersionRecord
        {
            ImplementationCode = implementationCode, Version = version, GuideJson = json, PublishedAt = now, PublishedBy = actor, Note = note,
        });
        matter.Name = guide.Name;
        matter.CatalogCode = guide.CatalogCode;
        matter.HandlingUnit = HandlingUnitOf(guide);
        matter.WorkflowKey = guide.WorkflowKey;
        matter.PublishedVersion = version;
        matter.DraftGuideJson = null;
        matter.Revision++;
        db.AuditRecords.Add(new AuditRecord { At = now, Actor = actor, Action = "matter.publish", Subject = $"{implementationCode}:{version}", Detail = note });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e is DbUpdateConcurrencyException || HallDatabase.IsUniqueViolation(e))
        {
            return Stale(implementationCode);
        }
        _published[(implementationCode, version)] = guide;
        return version;
    }

    /// <summary>What stops a guide from being published, field by field: its own rules, its workflow published, its units in the organisation tree.</summary>
    public async Task<IReadOnlyList<GuideProblem>> CheckAsync(ServiceGuide guide, CancellationToken cancellationToken = default)
    {
        var problems = ServiceGuideRules.Validate(guide).ToList();
        if (!string.IsNullOrWhiteSpace(guide.WorkflowKey) && await definitions.LatestAsync(guide.WorkflowKey, cancellationToken) is null)
        {
            problems.Add(new GuideProblem("workflowKey", $"流程 \"{guide.WorkflowKey}\" 尚未发布", $"Workflow \"{guide.WorkflowKey}\" is not published"));
        }
        var tree = await directory.GetAsync(cancellationToken);
        foreach (var (field, unit) in new[] { ("handlingUnit", HandlingUnitOf(guide)), ("caseUnits.parent", guide.CaseUnits?.Parent) })
        {
            if (!string.IsNullOrEmpty(unit) && unit != CaseUnitRule.ApplicantTown && tree.Find(unit) is null)
            {
                problems.Add(new GuideProblem(field, $"单位 \"{unit}\" 不在组织机构中", $"Unit \"{unit}\" is not in the organisation tree"));
            }
        }
        return problems;
    }

    /// <summary>The guide of a version (the published one when <paramref name="version"/> is null).</summary>
    public async Task<(ServiceGuide Guide, int Version)?> GetAsync(string implementationCode, int? version = null, CancellationToken cancellationToken = default)
    {
        if (version is { } v && _published.TryGetValue((implementationCode, v), out var cached)) return (cached, v);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (version is null)
        {
            version = await db.Matters.Where(m => m.ImplementationCode == implementationCode).Select(m => m.PublishedVersion).SingleOrDefaultAsync(cancellationToken);
            if (version is null) return null;
            if (_published.TryGetValue((implementationCode, version.Value), out cached)) return (cached, version.Value);
        }
        var record = await db.MatterVersions.AsNoTracking()
            .SingleOrDefaultAsync(m => m.ImplementationCode == implementationCode && m.Version == version, cancellationToken);
        if (record is null) return null;
        var guide = _published.GetOrAdd((implementationCode, record.Version), _ => ServiceGuideJson.Deserialize(record.GuideJson));
        return (guide, record.Version);
    }

    private static string HandlingUnitOf(ServiceGuide guide) => guide.CaseUnits?.Handling ?? guide.HandlingUnit.Unit ?? "";

    public async Task<IReadOnlyList<MatterVersionRecord>> HistoryAsync(string implementationCode, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.MatterVersions.AsNoTracking().Where(v => v.ImplementationCode == implementationCode).OrderBy(v => v.Version).ToListAsync(cancellationToken);
    }
}
