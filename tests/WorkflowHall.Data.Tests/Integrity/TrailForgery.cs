using Microsoft.EntityFrameworkCore;
using WorkflowHall.Data.Runtime;
using WorkflowHall.Engine.Trail;

namespace WorkflowHall.Data.Tests.Integrity;

using WorkflowHall.Data.Tests.Infrastructure;

/// <summary>What a database administrator can do to a trail: rewrite an opinion, then recompute every hash after it and the instance's chain head.</summary>
public static class TrailForgery
{
    /// <returns>The sequence of the first rewritten event.</returns>
    public static async Task<long> RewriteOpinionAsync(TestHall hall, string instanceId, string opinion, string forged)
    {
        await using var db = await hall.Contexts.CreateDbContextAsync();
        var rows = await db.TrailEvents.Where(e => e.InstanceId == instanceId).OrderBy(e => e.Sequence).ToListAsync();
        long? first = null;
        var previous = TrailHash.Genesis;
        foreach (var row in rows)
        {
            if (row.Opinion == opinion || row.Command?.Contains(opinion, StringComparison.Ordinal) == true)
            {
                if (row.Opinion == opinion) row.Opinion = forged;
                row.Command = row.Command?.Replace(opinion, forged, StringComparison.Ordinal);
                first ??= row.Sequence;
            }
            row.PreviousHash = previous;
            row.Hash = TrailHash.Compute(InstanceWriter.TryTrail(row)!);
            previous = row.Hash;
        }
        var instance = await db.Instances.SingleAsync(i => i.Id == instanceId);
        instance.StateJson = instance.StateJson.Replace(instance.TrailHead, previous, StringComparison.Ordinal); // the engine's own copy of the head
        instance.TrailHead = previous;
        await db.SaveChangesAsync();
        return first ?? throw new InvalidOperationException($"No event of {instanceId} holds the opinion {opinion}.");
    }
}
