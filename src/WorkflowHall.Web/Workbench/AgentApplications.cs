using Microsoft.EntityFrameworkCore;
using WorkflowHall.Data;

namespace WorkflowHall.Web.Workbench;

/// <summary>The applications one village agent filed on villagers' behalf, newest first.</summary>
public sealed class AgentApplications(IDbContextFactory<HallDbContext> contexts)
{
    public const int PageSize = 20;

    public async Task<(IReadOnlyList<AgentCaseRow> Rows, bool HasMore)> ForAgentAsync(string agent, int page, CancellationToken cancellationToken = default)
    {
        page = Math.Max(page, 1);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Cases.AsNoTracking().Where(c => c.AgentUserName == agent)
            .OrderByDescending(c => c.SubmittedAt).ThenByDescending(c => c.CaseNumber)
            .Skip((page - 1) * PageSize).Take(PageSize + 1)
            .Select(c => new AgentCaseRow(c.CaseNumber, c.MatterName, c.ApplicantKind, c.ApplicantName, c.ApplicantNumber, c.ApplicantPhone, c.Status, c.SubmittedAt, c.ConsentRevokedAt))
            .ToListAsync(cancellationToken);
        var hasMore = rows.Count > PageSize;
        return (hasMore ? rows[..PageSize] : rows, hasMore);
    }
}
