using Microsoft.Extensions.Options;
using WorkflowHall.Data.Runtime;

namespace WorkflowHall.Web.Hosting;

/// <summary>
/// Every few seconds fires the timers that are due and retries pending service calls. A stand-in until
/// Quartz schedules these (each firing is idempotent, so running it on several nodes is safe, only wasteful).
/// </summary>
internal sealed class DueWorkPump(WorkflowRuntime runtime, IOptions<HallHostOptions> options, TimeProvider clock, ILogger<DueWorkPump> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = options.Value.DueWorkInterval;
        if (interval <= TimeSpan.Zero)
        {
            logger.LogInformation("Due work pump is off");
            return;
        }

        using var timer = new PeriodicTimer(interval, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await RunOnceAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    internal async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        try
        {
            var fired = await runtime.FireDueTimersAsync(cancellationToken: cancellationToken);
            var called = await runtime.RetryServiceCallsAsync(cancellationToken);
            if (fired + called > 0) logger.LogInformation("Fired {Timers} due timers, completed {Calls} pending service calls", fired, called);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogError(e, "Firing due timers or retrying service calls failed; trying again in {Interval}", options.Value.DueWorkInterval);
        }
    }
}
