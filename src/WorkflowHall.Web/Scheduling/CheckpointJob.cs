using Quartz;
using WorkflowHall.Data.Integrity;

namespace WorkflowHall.Web.Scheduling;

/// <summary>
/// Seals what grew since the last run with signed checkpoints: every trail with new events (a batch per run,
/// the rest next time) and the supervision log's new records. A log that no longer holds together is not
/// signed; that is logged as an error on every run until someone looks.
/// </summary>
[DisallowConcurrentExecution]
public sealed class CheckpointJob(CheckpointWriter writer, CheckpointOptions options, ILogger<CheckpointJob> logger) : IJob
{
    public static readonly JobKey Key = new("checkpoints", "hall");

    public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) => new(RunOnceAsync(cancellationToken));

    public async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        var trails = await writer.SealTrailsAsync(options.BatchSize, cancellationToken);
        var supervision = await writer.SealSupervisionAsync(cancellationToken);
        foreach (var refused in trails.Append(supervision).Select(o => o.Refusal).OfType<string>())
        {
            Log.CheckpointRefused(logger, refused);
        }
        var sealedTrails = trails.Count(o => o.Sealed);
        Log.CheckpointsSealed(logger, Log.For(sealedTrails > 0 || supervision.Sealed), sealedTrails,
            supervision.Number is { } number ? $"sealed as #{number}" : "unchanged");
    }
}
