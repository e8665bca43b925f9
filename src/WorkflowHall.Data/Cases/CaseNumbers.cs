using Microsoft.EntityFrameworkCore;
using WorkflowHall.Data.Records.Hall;
using WorkflowHall.Domain.Identity;
using WorkflowHall.Engine.Time;

namespace WorkflowHall.Data.Cases;

/// <summary>
/// Hands out case numbers (实施编码 + yyyyMMdd + daily serial) that stay unique when many windows
/// register cases at once: a counter row per matter and day, bumped under optimistic concurrency.
/// A number taken by a registration that then fails is not reused — numbers may have gaps, never twins.
/// </summary>
public sealed class CaseNumbers(IDbContextFactory<HallDbContext> contexts)
{
    public async Task<HallResult<string>> NextAsync(string implementationCode, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        var day = HallTime.DateOf(at);
        var prefix = implementationCode + day.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture);
        for (var attempt = 0; attempt < 50; attempt++)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var counter = await db.CaseNumberCounters.FindAsync([prefix], cancellationToken);
            if (counter is null) db.CaseNumberCounters.Add(counter = new CaseNumberCounterRecord { Prefix = prefix, Last = 1 });
            else counter.Last++;
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException e) when (e is DbUpdateConcurrencyException || HallDatabase.IsUniqueViolation(e))
            {
                continue;
            }
            var number = CaseNumber.Format(implementationCode, day, counter.Last);
            return number.IsValid
                ? number.Value!.Value
                : new HallError(number.Error!.Code, number.Error.MessageZh, number.Error.MessageEn);
        }
        return new HallError("case.number", "办件编号分配繁忙，请稍后重试", "Case numbers are busy; try again shortly");
    }
}
