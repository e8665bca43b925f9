using Quartz;
using WorkflowHall.Data.Supervision;

namespace WorkflowHall.Web.Scheduling;

/// <summary>
/// Runs the supervision sweep. One trigger, every few seconds, never two at once in the whole cluster;
/// a firing missed while the hall was down fires as soon as it is back.
/// </summary>
[DisallowConcurrentExecution]
public sealed class SupervisionSweepJob(SupervisionSweep sweep, ILogger<SupervisionSweepJob> logger) : IJob
{
    public static readonly JobKey Key = new("supervision-sweep", "hall");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var result = await sweep.RunAsync(cancellationToken);
        Log.SupervisionSwept(logger, Log.For(result.Recorded > 0), result.Warnings, result.Breaches, result.Corrections);
    }
}
