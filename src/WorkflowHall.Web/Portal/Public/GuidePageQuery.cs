using Microsoft.EntityFrameworkCore;
using WorkflowHall.Data;
using WorkflowHall.Data.Matters;
using WorkflowHall.Data.Runtime;

namespace WorkflowHall.Web.Portal.Public;

/// <summary>Reads a <see cref="GuidePage"/>: the matter's published guide, its workflow's latest published version, and the post names.</summary>
public sealed class GuidePageQuery(MatterCatalog catalog, DefinitionStore definitions, IDbContextFactory<HallDbContext> contexts)
{
    /// <summary>Null when the matter is unknown or has no published guide.</summary>
    public async Task<GuidePage?> GetAsync(string implementationCode, CancellationToken cancellationToken = default)
    {
        if (await catalog.GetAsync(implementationCode.Trim(), cancellationToken: cancellationToken) is not var (guide, version)) return null;

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var posts = await db.Posts.AsNoTracking().Select(p => new { p.Code, p.Name, p.NameEn }).ToListAsync(cancellationToken);
        var definition = await definitions.LatestAsync(guide.WorkflowKey, cancellationToken);
        var steps = definition is null
            ? ProcessSteps.Empty
            : ProcessSteps.Of(definition.Definition, posts.ToDictionary(p => p.Code, p => p.Name, StringComparer.Ordinal));
        return new GuidePage(guide, version, steps,
            posts.Where(p => p.NameEn is not null).ToDictionary(p => p.Code, p => p.NameEn!, StringComparer.Ordinal));
    }
}
