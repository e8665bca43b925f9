using Quartz;
using WorkflowHall.Data.Runtime;

namespace WorkflowHall.Web.Scheduling;

/// <summary>
/// Fires the BPMN timers (intermediate, boundary, cycles) that fell due and runs the service calls whose next attempt is due.
/// The timers live in the hall's <c>timers</c> table, written with each step; each firing is its own
/// engine command, so a repeat is a harmless no-op. A timer on a case's instance moves the case row with it
/// in the same transaction (the case service's <c>CaseRowFollower</c>), as every step of a case does.
/// </summary>
[DisallowConcurrentExecution]
public sealed class DueTimersJob(WorkflowRuntime runtime, ILogger<DueTimersJob> logger) : IJob
{
    public static readonly JobKey Key = new("due-timers", "hall");

    public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) => new(RunOnceAsync(cancellationToken));

    public async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        var fired = await runtime.FireDueTimersAsync(cancellationToken: cancellationToken);
        var (due, completed) = await runtime.RetryServiceCallsAsync(cancellationToken);
        Log.DueTimersSwept(logger, Log.For(fired + due > 0), fired, due, completed);
    }
}
