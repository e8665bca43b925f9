using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using WorkflowHall.Data.Records;

namespace WorkflowHall.Data.Runtime.ServiceCalls;

/// <summary>
/// The schedule of the service-call outbox: which calls are due, what a failed attempt does to a call
/// (its error kept, its next attempt pushed back by <see cref="ServiceCallRetryOptions"/>, or, after the
/// last attempt, the incident), and an administrator's reset. The schedule lives in the row, not in
/// memory or in a retry library, because one call's attempts span sweeps, nodes and restarts.
/// </summary>
internal sealed class ServiceCallOutbox(IDbContextFactory<HallDbContext> contexts, TimeProvider clock, ServiceCallRetryOptions options, ILogger logger)
{
    /// <summary>Longer errors are cut: the row keeps what an administrator reads, the log keeps the whole exception.</summary>
    public const int ErrorLength = 2000;

    public ServiceCallRetryOptions Options => options;

    /// <summary>Calls whose next attempt is due, earliest first; incidents are never due.</summary>
    public async Task<List<ServiceCallRecord>> DueAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.ServiceCalls.AsNoTracking()
            .Where(c => c.IncidentAt == null && c.NextAttemptAt <= now)
            .OrderBy(c => c.NextAttemptAt).ThenBy(c => c.Id)
            .Take(options.BatchSize).ToListAsync(cancellationToken);
    }

    /// <summary>Counts the failed attempt and schedules the next one, or turns the call into an incident after the last.</summary>
    public async Task RecordFailureAsync(string rowId, Exception failure, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var call = await db.ServiceCalls.SingleOrDefaultAsync(c => c.Id == rowId, cancellationToken);
        if (call is null) return; // completed meanwhile (another node's attempt), or the instance was cancelled
        var now = clock.GetUtcNow().UtcDateTime;
        call.Attempts++;
        call.LastError = Describe(failure);
        if (call.Attempts >= options.MaxAttempts)
        {
            call.IncidentAt = now;
            Log.ServiceCallIncident(logger, failure, call.Handler, call.NodeId, call.InstanceId, call.Attempts);
        }
        else
        {
            call.NextAttemptAt = now + options.DelayAfter(call.Attempts);
            Log.ServiceCallFailed(logger, failure, call.Handler, call.NodeId, call.InstanceId, call.Attempts, options.MaxAttempts, call.NextAttemptAt);
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>An administrator's "retry now": the incident is lifted and the call starts a fresh schedule, due at once.</summary>
    /// <returns>The reset call, or null when there is no such incident (never was, already retried, or completed).</returns>
    public async Task<ServiceCallRecord?> ResetIncidentAsync(string rowId, string actor, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        // One statement, so that two administrators pressing "retry" together lift the incident once.
        var lifted = await db.ServiceCalls.Where(c => c.Id == rowId && c.IncidentAt != null)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.IncidentAt, (DateTime?)null).SetProperty(c => c.Attempts, 0).SetProperty(c => c.NextAttemptAt, now),
                cancellationToken);
        if (lifted == 0) return null;
        var call = await db.ServiceCalls.AsNoTracking().SingleAsync(c => c.Id == rowId, cancellationToken);
        Log.RetriedByAdministrator(logger, call.Handler, call.NodeId, call.InstanceId, actor);
        return call;
    }

    private static string Describe(Exception failure)
    {
        var text = $"{failure.GetType().Name}: {failure.Message}";
        return text.Length <= ErrorLength ? text : text[..(ErrorLength - 1)] + "…";
    }
}
