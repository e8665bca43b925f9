using Microsoft.EntityFrameworkCore;
using WorkflowHall.Data.Records.Hall;
using WorkflowHall.Domain.Cases;
using WorkflowHall.Data.Cases;

namespace WorkflowHall.Data.Identity;

/// <summary>
/// The record of 查看完整信息: staff see an applicant's full ID number and phone only by giving a reason, and each
/// reveal (who, when, which case, why, from where) is kept for the auditors. Whether the reader may reveal at all is
/// <see cref="Domain.Identity.PersonalDataView.MayReveal"/>, decided by the door that asks.
/// </summary>
public sealed class PersonalDataReveals(IDbContextFactory<HallDbContext> contexts, TimeProvider clock)
{
    public const string FromPage = "page";
    public const string FromApi = "api";

    public async Task<HallResult<PersonalDataRevealRecord>> RecordAsync(CaseRecord c, string userName, string? reason, string channel,
        CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            return new HallError("reveal.reason", "查看完整信息须填写理由（如：核对身份证原件）", "Give the reason for seeing the full data (e.g. checking the ID card)")
            {
                Target = "reason",
            };
        }
        if (ApplicationChecks.TooLong(TextLimits.Reason, reason) is { } tooLong) return tooLong;
        var record = new PersonalDataRevealRecord
        {
            CaseId = c.Id, CaseNumber = c.CaseNumber, UserName = userName, RevealedAt = clock.GetUtcNow().UtcDateTime, Reason = reason.Trim(), Channel = channel,
        };
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.PersonalDataReveals.Add(record);
        await db.SaveChangesAsync(cancellationToken);
        return record;
    }

    /// <summary>A case's reveals, newest first.</summary>
    public async Task<IReadOnlyList<PersonalDataRevealRecord>> ForCaseAsync(string caseId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.PersonalDataReveals.AsNoTracking().Where(r => r.CaseId == caseId)
            .OrderByDescending(r => r.RevealedAt).ThenByDescending(r => r.Id).ToListAsync(cancellationToken);
    }
}
