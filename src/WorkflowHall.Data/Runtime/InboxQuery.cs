using Microsoft.EntityFrameworkCore;
using WorkflowHall.Data.Records;

namespace WorkflowHall.Data.Runtime;

/// <summary>
/// The clerk's inbox, read from the work-item read model: either the unclaimed items of some posts
/// in some units, or the items one person holds — each by due time, paged. Both match an index
/// (post, unit, due) and (assignee, due), so the query stays fast at a million cases.
/// </summary>
public sealed class InboxQuery(IDbContextFactory<HallDbContext> contexts)
{
    public const int MaxPageSize = 200;

    public async Task<InboxPage> ForPostsAsync(IReadOnlyCollection<string> posts, IReadOnlyCollection<string> units, int page, int pageSize,
        CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = db.WorkItems.AsNoTracking().Where(w => w.Assignee == null);
        // One post in one unit (the usual inbox) as plain equalities, so the (post, unit, due) index
        // yields rows already in due order and the database stops after one page.
        query = posts.Count == 1 && units.Count == 1
            ? query.Where(w => w.CandidatePost == posts.First() && w.HandlingUnit == units.First())
            : query.Where(w => w.CandidatePost != null && posts.Contains(w.CandidatePost) && units.Contains(w.HandlingUnit!));
        return await PageAsync(query, page, pageSize, cancellationToken);
    }

    public async Task<InboxPage> ForAssigneeAsync(string assignee, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await PageAsync(db.WorkItems.AsNoTracking().Where(w => w.Assignee == assignee), page, pageSize, cancellationToken);
    }

    public async Task<WorkItemRecord?> FindAsync(string workItemId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.WorkItems.AsNoTracking().SingleOrDefaultAsync(w => w.Id == workItemId, cancellationToken);
    }

    private static async Task<InboxPage> PageAsync(IQueryable<WorkItemRecord> query, int page, int pageSize, CancellationToken cancellationToken)
    {
        pageSize = Math.Clamp(pageSize, 1, MaxPageSize);
        page = Math.Max(page, 1);
        var items = await query.OrderBy(w => w.DueAt).ThenBy(w => w.Id).Skip((page - 1) * pageSize).Take(pageSize + 1).ToListAsync(cancellationToken);
        var hasMore = items.Count > pageSize;
        if (hasMore) items.RemoveAt(items.Count - 1);
        return new InboxPage(items, page, pageSize, hasMore);
    }
}

public sealed record InboxPage(IReadOnlyList<WorkItemRecord> Items, int Page, int PageSize, bool HasMore);
