using Microsoft.EntityFrameworkCore;
using WorkflowHall.Data;
using WorkflowHall.Data.Records.Hall;
using WorkflowHall.Web.Accounts;

namespace WorkflowHall.Web.Portal.Applicant;

/// <summary>
/// The cases a signed-in applicant or agent owns, in <see cref="CaseAccess.IsOwner"/>'s sense: filed by
/// them, filed for them under their one number, or (for agents) filed by them for a villager. Newest first.
/// </summary>
public sealed class MyCasesQuery(IDbContextFactory<HallDbContext> contexts)
{
    public const int Limit = 200;

    public async Task<IReadOnlyList<CaseRecord>> OfAsync(HallUser user, CancellationToken cancellationToken = default)
    {
        if (!user.IsAuthenticated) return [];
        var name = user.UserName;
        var number = user.IsApplicant ? user.Number : null;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Cases.AsNoTracking()
            .Where(c => c.ApplicantUserName == name || (c.AgentUserName == name && c.ConsentRevokedAt == null) || (number != null && c.ApplicantNumber == number))
            .OrderByDescending(c => c.SubmittedAt)
            .Take(Limit)
            .ToListAsync(cancellationToken);
    }
}
