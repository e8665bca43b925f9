using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using WorkflowHall.Data;
using WorkflowHall.Data.Organisations;
using WorkflowHall.Data.Records;
using WorkflowHall.Engine.Time;
using WorkflowHall.Web.Accounts;

namespace WorkflowHall.Web.Workbench;

/// <summary>
/// What the workbench lists for a clerk: the open steps of their posts, each in the unit they hold it
/// in (the (post, unit, due) index of the work-item read model), and the steps assigned to them, by due
/// time; or the cases of one status in the units they work for (their units and the units below), with
/// the counts by status for the summary bar.
/// </summary>
public sealed class WorkbenchInbox(IDbContextFactory<HallDbContext> contexts, HallDirectory directory, WorkingDayCalendar calendar, TimeProvider clock)
{
    public const int PageSize = 20;

    public async Task<InboxListing> OpenStepsAsync(HallUser user, int page, CancellationToken cancellationToken = default)
    {
        page = Math.Max(page, 1);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await (
                from w in db.WorkItems.AsNoTracking().Where(Mine(user))
                join c in db.Cases.AsNoTracking() on w.InstanceId equals c.Id
                orderby w.DueAt, w.Id
                select new { c.CaseNumber, c.MatterName, w.NodeName, c.ApplicantName, c.ApplicantNumber, c.Status, w.DueAt, w.WarningAt })
            .Skip((page - 1) * PageSize).Take(PageSize + 1).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        return Listing(rows.Select(r => new InboxRow(r.CaseNumber, r.MatterName, r.NodeName, r.ApplicantName, r.ApplicantNumber, r.Status, r.DueAt,
            WarningLevelRule.Of(r.DueAt, r.WarningAt, now, calendar))).ToList(), page);
    }

    public async Task<int> CountOpenStepsAsync(HallUser user, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.WorkItems.AsNoTracking().Where(Mine(user)).CountAsync(cancellationToken);
    }

    /// <summary>The cases of one status in the clerk's units, each with its earliest open step, by that step's due time.</summary>
    public async Task<InboxListing> CasesAsync(HallUser user, string status, int page, CancellationToken cancellationToken = default)
    {
        page = Math.Max(page, 1);
        var units = await ReachAsync(user, cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await (
                from c in db.Cases.AsNoTracking()
                where units.Contains(c.HandlingUnit) && c.Status == status
                // The earliest open step, read as scalar subqueries (one value each) so every provider can run them.
                let due = db.WorkItems.Where(w => w.InstanceId == c.Id).OrderBy(w => w.DueAt).Select(w => w.DueAt).FirstOrDefault()
                orderby due ?? c.PromisedDueAt, c.SubmittedAt
                select new
                {
                    c.CaseNumber, c.MatterName, c.ApplicantName, c.ApplicantNumber, c.Status, c.ClosedAt, DueAt = due ?? c.PromisedDueAt,
                    Step = db.WorkItems.Where(w => w.InstanceId == c.Id).OrderBy(w => w.DueAt).Select(w => w.NodeName).FirstOrDefault(),
                    WarningAt = db.WorkItems.Where(w => w.InstanceId == c.Id).OrderBy(w => w.DueAt).Select(w => w.WarningAt).FirstOrDefault(),
                })
            .Skip((page - 1) * PageSize).Take(PageSize + 1).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        return Listing(rows.Select(r => new InboxRow(r.CaseNumber, r.MatterName, r.Step, r.ApplicantName, r.ApplicantNumber, r.Status, r.DueAt,
            r.ClosedAt is null ? WarningLevelRule.Of(r.DueAt, r.WarningAt, now, calendar) : WarningLevel.None)).ToList(), page);
    }

    /// <summary>How many cases of the clerk's units stand at each status.</summary>
    public async Task<IReadOnlyDictionary<string, int>> CountByStatusAsync(HallUser user, CancellationToken cancellationToken = default)
    {
        var units = await ReachAsync(user, cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Cases.AsNoTracking().Where(c => units.Contains(c.HandlingUnit))
            .GroupBy(c => c.Status).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
    }

    /// <summary>"post @ unit" for each post the clerk holds, by name, in English when <paramref name="english"/>.</summary>
    public async Task<IReadOnlyList<string>> DescribePostsAsync(HallUser user, bool english, CancellationToken cancellationToken = default)
    {
        if (user.Posts.Count == 0) return [];
        var tree = await directory.GetAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var posts = await db.Posts.AsNoTracking().ToDictionaryAsync(p => p.Code, p => english ? p.NameEn ?? p.Name : p.Name, cancellationToken);
        return user.Posts.Select(p => $"{posts.GetValueOrDefault(p.Post) ?? p.Post} @ {(tree.Find(p.Unit) is { } u ? english ? u.NameEn ?? u.Name : u.Name : p.Unit)}").ToList();
    }

    /// <summary>The clerk's units and every unit below them: what <see cref="CaseAccess"/> lets them see.</summary>
    private async Task<List<string>> ReachAsync(HallUser user, CancellationToken cancellationToken)
    {
        var own = user.Units.ToHashSet(StringComparer.Ordinal);
        if (own.Count == 0) return [];
        var tree = await directory.GetAsync(cancellationToken);
        return tree.Units.Where(u => tree.Ancestry(u.Code).Any(a => own.Contains(a.Code))).Select(u => u.Code).ToList();
    }

    /// <summary>
    /// Unclaimed steps of each (post, unit) pair the clerk holds — pairwise, so a post held in one unit
    /// does not open another post's steps there — or steps assigned to the clerk by name.
    /// </summary>
    private static Expression<Func<WorkItemRecord, bool>> Mine(HallUser user)
    {
        var w = Expression.Parameter(typeof(WorkItemRecord), "w");
        Expression Equal(string property, string value) =>
            Expression.Equal(Expression.Property(w, property), Expression.Constant(value, typeof(string)));

        Expression any = Equal(nameof(WorkItemRecord.Assignee), user.UserName);
        foreach (var (post, unit) in user.Posts.Distinct())
        {
            var pair = Expression.AndAlso(
                Expression.Equal(Expression.Property(w, nameof(WorkItemRecord.Assignee)), Expression.Constant(null, typeof(string))),
                Expression.AndAlso(Equal(nameof(WorkItemRecord.CandidatePost), post), Equal(nameof(WorkItemRecord.HandlingUnit), unit)));
            any = Expression.OrElse(any, pair);
        }
        return Expression.Lambda<Func<WorkItemRecord, bool>>(any, w);
    }

    private static InboxListing Listing(List<InboxRow> rows, int page)
    {
        var hasMore = rows.Count > PageSize;
        if (hasMore) rows.RemoveAt(rows.Count - 1);
        return new InboxListing(rows, page, hasMore);
    }
}
