using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.EntityFrameworkCore;
using WorkflowHall.Data.Records;
using WorkflowHall.Engine.Bpmn;
using WorkflowHall.Engine.Validation;
using WorkflowHall.Engine.Versions;

namespace WorkflowHall.Data.Runtime;

/// <summary>
/// Definitions in the database: one draft per key, immutable published versions 1, 2, 3…, retire and
/// compare. Parsed versions are cached: a published version never changes, so every node may keep it.
/// </summary>
public sealed class DefinitionStore(IDbContextFactory<HallDbContext> contexts, TimeProvider clock)
{
    private readonly ConcurrentDictionary<(string Key, int Version), PublishedDefinition> _published = new();

    /// <summary>Imports a BPMN file as the draft of its process key. A draft may have problems; an unreadable file is not saved.</summary>
    public async Task<DraftSaveResult> SaveDraftAsync(string bpmn, string actor, string? processId = null, CancellationToken cancellationToken = default)
    {
        var import = BpmnReader.Read(bpmn, processId);
        if (import.Definition is not { } definition) return new DraftSaveResult(import, null);

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var draft = await db.DefinitionDrafts.FindAsync([definition.Key], cancellationToken);
        if (draft is null)
        {
            draft = new DefinitionDraftRecord { Key = definition.Key, Bpmn = bpmn, SavedBy = actor };
            db.DefinitionDrafts.Add(draft);
        }
        draft.Name = definition.Name;
        draft.Bpmn = bpmn;
        draft.SavedAt = clock.GetUtcNow().UtcDateTime;
        draft.SavedBy = actor;
        draft.Revision++;
        await db.SaveChangesAsync(cancellationToken);
        return new DraftSaveResult(import, draft);
    }

    public async Task<DefinitionDraftRecord?> DraftAsync(string key, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.DefinitionDrafts.AsNoTracking().SingleOrDefaultAsync(d => d.Key == key, cancellationToken);
    }

    /// <summary>
    /// Validates the draft and publishes it as the next version in one transaction (version row,
    /// draft removal, audit record). Two publishers at once: the unique (key, version) index lets one win.
    /// </summary>
    public async Task<PublishOutcome> PublishAsync(string key, string actor, string? note = null, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var draft = await db.DefinitionDrafts.SingleOrDefaultAsync(d => d.Key == key, cancellationToken);
        if (draft is null)
        {
            return PublishOutcome.Refused([new ValidationProblem(key, "process", ProblemCode.NoExecutableProcess,
                $"流程 \"{key}\" 没有可发布的草稿", $"Definition \"{key}\" has no draft to publish")]);
        }
        var import = BpmnReader.Read(draft.Bpmn, key);
        var problems = import.Definition is null ? import.Problems : DefinitionValidator.Validate(import.Definition);
        if (!problems.IsEmpty) return PublishOutcome.Refused(problems);

        var now = clock.GetUtcNow().UtcDateTime;
        var last = await db.DefinitionVersions.Where(v => v.Key == key).MaxAsync(v => (int?)v.Version, cancellationToken) ?? 0;
        var record = new DefinitionVersionRecord
        {
            Key = key, Version = last + 1, Name = import.Definition!.Name, Bpmn = draft.Bpmn, PublishedAt = now, PublishedBy = actor, Note = note,
        };
        db.DefinitionVersions.Add(record);
        db.DefinitionDrafts.Remove(draft);
        db.AuditRecords.Add(new AuditRecord { At = now, Actor = actor, Action = "publish", Subject = $"{key}:{record.Version}", Detail = note });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (HallDatabase.IsUniqueViolation(e) || e is DbUpdateConcurrencyException)
        {
            return PublishOutcome.Refused([new ValidationProblem(key, "process", ProblemCode.DuplicateId,
                $"流程 \"{key}\" 刚被他人发布，请刷新后重试", $"Definition \"{key}\" was just published by someone else; reload and try again")]);
        }
        var published = new PublishedDefinition(record, import.Definition);
        _published[(key, record.Version)] = published;
        return new PublishOutcome(published, []);
    }

    public async Task<bool> RetireAsync(string key, int version, string actor, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var record = await db.DefinitionVersions.SingleOrDefaultAsync(v => v.Key == key && v.Version == version, cancellationToken);
        if (record is null) return false;
        if (record.RetiredAt is null)
        {
            record.RetiredAt = clock.GetUtcNow().UtcDateTime;
            record.RetiredBy = actor;
            db.AuditRecords.Add(new AuditRecord { At = record.RetiredAt.Value, Actor = actor, Action = "retire", Subject = $"{key}:{version}" });
            await db.SaveChangesAsync(cancellationToken);
            _published.TryRemove((key, version), out _);
        }
        return true;
    }

    public async Task<PublishedDefinition?> GetAsync(string key, int version, CancellationToken cancellationToken = default)
    {
        if (_published.TryGetValue((key, version), out var cached)) return cached;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var record = await db.DefinitionVersions.AsNoTracking().SingleOrDefaultAsync(v => v.Key == key && v.Version == version, cancellationToken);
        return record is null ? null : _published.GetOrAdd((key, version), _ => Parse(record));
    }

    /// <summary>The version new instances start on: the highest one not retired.</summary>
    public async Task<PublishedDefinition?> LatestAsync(string key, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var version = await db.DefinitionVersions.Where(v => v.Key == key && v.RetiredAt == null).MaxAsync(v => (int?)v.Version, cancellationToken);
        return version is { } v ? await GetAsync(key, v, cancellationToken) : null;
    }

    public async Task<IReadOnlyList<DefinitionVersionRecord>> VersionsAsync(string? key = null, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = db.DefinitionVersions.AsNoTracking();
        if (key is not null) query = query.Where(v => v.Key == key);
        return await query.OrderBy(v => v.Key).ThenBy(v => v.Version).ToListAsync(cancellationToken);
    }

    public async Task<DefinitionDiff?> CompareAsync(string key, int from, int to, CancellationToken cancellationToken = default)
    {
        var a = await GetAsync(key, from, cancellationToken);
        var b = await GetAsync(key, to, cancellationToken);
        return a is null || b is null ? null : DefinitionComparer.Compare(a.Definition, b.Definition);
    }

    private static PublishedDefinition Parse(DefinitionVersionRecord record)
    {
        var import = BpmnReader.Read(record.Bpmn, record.Key);
        return new PublishedDefinition(record, import.Definition
            ?? throw new InvalidOperationException($"Published version {record.Key}:{record.Version} no longer reads: {string.Join("; ", import.Problems)}"));
    }
}

public sealed record DraftSaveResult(BpmnImportResult Import, DefinitionDraftRecord? Draft)
{
    public bool Saved => Draft is not null;
}

public sealed record PublishOutcome(PublishedDefinition? Published, ImmutableArray<ValidationProblem> Problems)
{
    public static PublishOutcome Refused(ImmutableArray<ValidationProblem> problems) => new(null, problems);
}
