using Microsoft.EntityFrameworkCore;
using WorkflowHall.Data.Records.Hall;
using WorkflowHall.Domain.Cases;

namespace WorkflowHall.Data.Cases;

/// <summary>
/// A villager's answer to an agent's filing in their name: they see it among their own cases and may revoke it.
/// Revoking takes the agent's access away (the case becomes the villager's own) and withdraws the application
/// through the case service when nothing has been decided yet.
/// </summary>
public sealed class AgentConsents(IDbContextFactory<HallDbContext> contexts, CaseActions actions, TimeProvider clock)
{
    /// <param name="applicant">The villager's user name; the hall must know them by the case's one number.</param>
    public async Task<HallResult<CaseRecord>> RevokeAsync(string caseId, string applicant, string? reason, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            return new HallError("consent.reason", "请填写撤销代办的理由", "Give the reason for revoking the agent's filing") { Target = "reason" };
        }
        if (ApplicationChecks.TooLong(TextLimits.Reason, reason) is { } tooLong) return tooLong;

        CaseRecord c;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            if (await db.Cases.SingleOrDefaultAsync(x => x.Id == caseId, cancellationToken) is not { } found)
            {
                return new HallError("case.unknown", $"没有办件 {caseId}", $"There is no case {caseId}");
            }
            c = found;
            var isApplicant = await db.People.AnyAsync(p => p.UserName == applicant && p.Number == c.ApplicantNumber, cancellationToken);
            if (!isApplicant)
            {
                return new HallError("consent.applicant", "只有申请人本人可以撤销代办", "Only the applicant themself can revoke an agent's filing");
            }
            if (c.AgentUserName is null || c.ConsentRevokedAt is not null)
            {
                return new HallError("consent.none", $"办件 {c.CaseNumber} 没有有效的代办授权可撤销", $"Case {c.CaseNumber} has no standing agent consent to revoke");
            }
            c.ConsentRevokedAt = clock.GetUtcNow().UtcDateTime;
            c.ApplicantUserName = applicant;
            c.Revision++;
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                return new HallError("case.changed", "办件刚被他人办理，请刷新后重试", "The case has just changed; reload it and try again");
            }
        }

        var undecided = c.DecidedAt is null && c.ClosedAt is null
            && c.Status is not (nameof(CaseStatus.Withdrawn) or nameof(CaseStatus.NotAccepted) or nameof(CaseStatus.Terminated));
        if (!undecided) return c;
        return await actions.WithdrawAsync(caseId, applicant, $"申请人撤销代办授权：{reason.Trim()}", cancellationToken);
    }
}
