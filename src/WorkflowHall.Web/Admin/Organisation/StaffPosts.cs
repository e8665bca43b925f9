using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using WorkflowHall.Data;
using WorkflowHall.Data.Cases;
using WorkflowHall.Data.Organisations;
using WorkflowHall.Data.Records.Hall;
using WorkflowHall.Web.Accounts;
using WorkflowHall.Web.Security;

namespace WorkflowHall.Web.Admin.Organisation;

/// <summary>
/// Posts given and taken back on a unit's page. A village-agent post also gives the login the agent role
/// (the agents' pages check it), and the last one taken back takes the role away; the holder's next sign-in carries the change.
/// </summary>
public sealed class StaffPosts(OrganisationChanges changes, UserManager<HallAccount> users, IDbContextFactory<HallDbContext> contexts)
{
    public async Task<HallResult<PostHoldingRecord>> AssignAsync(string userName, string post, string unitCode, string actor, CancellationToken cancellationToken = default)
    {
        var assigned = await changes.AssignPostAsync(userName, post, unitCode, actor, cancellationToken);
        if (assigned.Succeeded && post == CaseApplications.VillageAgentPost && await users.FindByNameAsync(userName) is { } account
            && !await users.IsInRoleAsync(account, HallRoles.Agent))
        {
            await users.AddToRoleAsync(account, HallRoles.Agent);
        }
        return assigned;
    }

    public async Task<HallResult<PostHoldingRecord>> RemoveAsync(string userName, string post, string unitCode, string actor, CancellationToken cancellationToken = default)
    {
        var removed = await changes.RemovePostAsync(userName, post, unitCode, actor, cancellationToken);
        if (removed.Succeeded && post == CaseApplications.VillageAgentPost && !await StillAgentAsync(userName, cancellationToken)
            && await users.FindByNameAsync(userName) is { } account && await users.IsInRoleAsync(account, HallRoles.Agent))
        {
            await users.RemoveFromRoleAsync(account, HallRoles.Agent);
        }
        return removed;
    }

    private async Task<bool> StillAgentAsync(string userName, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.PostHoldings.AnyAsync(h => h.UserName == userName && h.Post == CaseApplications.VillageAgentPost, cancellationToken);
    }
}
