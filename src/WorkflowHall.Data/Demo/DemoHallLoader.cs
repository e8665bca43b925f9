using Microsoft.EntityFrameworkCore;
using WorkflowHall.Data.Matters;
using WorkflowHall.Data.Organisations;
using WorkflowHall.Data.Records.Hall;
using WorkflowHall.Data.Runtime;
using WorkflowHall.Domain.Matters;
using WorkflowHall.Engine.Bpmn;
using WorkflowHall.Engine.Time;

namespace WorkflowHall.Data.Demo;

/// <summary>
/// Loads the demo hall (<c>samples/hall</c>) into the database so a fresh install shows a living hall:
/// organisations, posts, people and their post holdings, every workflow, every matter. Idempotent: rows
/// already there are left as they are (an administrator's edits survive), a workflow or matter is
/// published only while it has no published version, so a second run changes nothing. Every file is
/// checked as it is read; the first problem stops the load with the file and the entry it concerns.
/// </summary>
public sealed class DemoHallLoader(
    IDbContextFactory<HallDbContext> contexts,
    DefinitionStore definitions,
    MatterCatalog matters,
    HallDirectory directory,
    TimeProvider clock)
{
    public const string Actor = "system";
    private const string Note = "演示数据初始发布 / demo hall, initial publication";

    public async Task<DemoHallReport> LoadAsync(DemoHallSource source, CancellationToken cancellationToken = default)
    {
        var today = HallTime.Today(clock);
        var posts = PostsFile.Read(source.File(PostsFile.Name));
        var units = OrganisationFile.Read(source.File(OrganisationFile.Name));
        var (people, holdings) = PeopleFile.Read(source.File(PeopleFile.Name), units, posts, today);
        var added = await AddMissingAsync(units, posts, people, holdings, cancellationToken);
        directory.Invalidate();

        var workflows = await PublishWorkflowsAsync(source, cancellationToken);
        var published = await PublishMattersAsync(source, cancellationToken);
        return new DemoHallReport
        {
            Units = units.Count, UnitsAdded = added.Units, Posts = posts.Count, PostsAdded = added.Posts,
            People = people.Count, PeopleAdded = added.People, Holdings = holdings.Count, HoldingsAdded = added.Holdings,
            Workflows = workflows.Files, WorkflowsPublished = workflows.Published,
            Matters = published.Files, MattersPublished = published.Published,
        };
    }

    /// <summary>Adds the rows not in the database yet, all in one transaction; a second node loading at once just finds them there.</summary>
    private async Task<(int Units, int Posts, int People, int Holdings)> AddMissingAsync(IReadOnlyList<OrgUnitRecord> units, IReadOnlyList<PostRecord> posts,
        IReadOnlyList<PersonRecord> people, IReadOnlyList<PostHoldingRecord> holdings, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var unitCodes = await db.OrgUnits.Select(u => u.Code).ToHashSetAsync(cancellationToken);
            var postCodes = await db.Posts.Select(p => p.Code).ToHashSetAsync(cancellationToken);
            var userNames = await db.People.Select(p => p.UserName).ToHashSetAsync(cancellationToken);
            var held = (await db.PostHoldings.Select(h => new { h.UserName, h.Post, h.UnitCode }).ToListAsync(cancellationToken))
                .Select(h => (h.UserName, h.Post, h.UnitCode)).ToHashSet();

            var newUnits = units.Where(u => !unitCodes.Contains(u.Code)).ToList();
            var newPosts = posts.Where(p => !postCodes.Contains(p.Code)).ToList();
            var newPeople = people.Where(p => !userNames.Contains(p.UserName)).ToList();
            var newHoldings = holdings.Where(h => !held.Contains((h.UserName, h.Post, h.UnitCode))).ToList();
            db.OrgUnits.AddRange(newUnits);
            db.Posts.AddRange(newPosts);
            db.People.AddRange(newPeople);
            db.PostHoldings.AddRange(newHoldings);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return (newUnits.Count, newPosts.Count, newPeople.Count, newHoldings.Count);
            }
            catch (DbUpdateException e) when (HallDatabase.IsUniqueViolation(e) && attempt < 3)
            {
            }
        }
    }

    private async Task<(int Files, IReadOnlyList<string> Published)> PublishWorkflowsAsync(DemoHallSource source, CancellationToken cancellationToken)
    {
        var published = new List<string>();
        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        var files = 0;
        foreach (var file in source.WorkflowFiles())
        {
            files++;
            var name = Path.GetFileName(file);
            var bpmn = await File.ReadAllTextAsync(file, cancellationToken);
            var import = BpmnReader.Read(bpmn);
            if (import.Definition is not { } definition) throw Problems(name, null, import.Problems);
            if (keys.TryGetValue(definition.Key, out var other))
            {
                throw new DemoHallException(name, definition.Key, $"流程 {definition.Key} 已由 {other} 定义", $"process {definition.Key} is already defined by {other}");
            }
            keys[definition.Key] = name;
            if ((await definitions.VersionsAsync(definition.Key, cancellationToken)).Count > 0) continue;

            var draft = await definitions.SaveDraftAsync(bpmn, Actor, definition.Key, cancellationToken);
            if (!draft.Saved) throw Problems(name, definition.Key, draft.Import.Problems);
            var outcome = await definitions.PublishAsync(definition.Key, Actor, Note, cancellationToken);
            if (outcome.Published is null && (await definitions.VersionsAsync(definition.Key, cancellationToken)).Count == 0)
            {
                throw Problems(name, definition.Key, outcome.Problems);
            }
            if (outcome.Published is not null) published.Add(definition.Key);
        }
        return (files, published);
    }

    private async Task<(int Files, IReadOnlyList<string> Published)> PublishMattersAsync(DemoHallSource source, CancellationToken cancellationToken)
    {
        var published = new List<string>();
        var files = 0;
        foreach (var file in source.MatterFiles())
        {
            files++;
            var name = "matters/" + Path.GetFileName(file);
            ServiceGuide guide;
            try
            {
                guide = ServiceGuideJson.Deserialize(await File.ReadAllTextAsync(file, cancellationToken));
            }
            catch (System.Text.Json.JsonException e)
            {
                throw new DemoHallException(name, e.Path, $"事项文件无法读取：{e.Message}", $"the matter file does not read: {e.Message}");
            }
            var entry = guide.Code ?? guide.ImplementationCode;
            if (guide.Code is { } code && code != Path.GetFileNameWithoutExtension(file))
            {
                throw new DemoHallException(name, entry, $"事项代码 {code} 与文件名不符", $"matter code {code} does not match the file name");
            }

            await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
            {
                var existing = await db.Matters.AsNoTracking().SingleOrDefaultAsync(m => m.ImplementationCode == guide.ImplementationCode, cancellationToken);
                if (existing?.PublishedVersion is not null) continue;
            }
            var draft = await matters.SaveDraftAsync(guide, Actor, cancellationToken);
            if (!draft.Succeeded) throw new DemoHallException(name, entry, draft.Error!.MessageZh, draft.Error.MessageEn);
            var version = await matters.PublishAsync(guide.ImplementationCode, Actor, Note, cancellationToken);
            if (!version.Succeeded) throw new DemoHallException(name, entry, version.Error!.MessageZh, version.Error.MessageEn);
            published.Add(guide.ImplementationCode);
        }
        return (files, published);
    }

    private static DemoHallException Problems(string file, string? entry, IEnumerable<Engine.Validation.ValidationProblem> problems) =>
        new(file, entry, string.Join("；", problems.Select(p => $"{p.ElementId}：{p.MessageZh}")), string.Join("; ", problems.Select(p => $"{p.ElementId}: {p.MessageEn}")));
}
