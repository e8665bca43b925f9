using Quartz;
using WorkflowHall.Web.Scheduling;

namespace WorkflowHall.Web.Admin.Supervision;

/// <summary>
/// The supervision sweep's trigger in the scheduler's shared store: its interval changed in place, so
/// every node of a cluster fires at the new pace. Nothing to do on a node without the scheduler.
/// </summary>
internal sealed class SweepSchedule(IServiceProvider services)
{
    private static readonly TriggerKey Trigger = new(SupervisionSweepJob.Key.Name, SupervisionSweepJob.Key.Group);

    public bool Enabled => services.GetService<ISchedulerFactory>() is not null;

    /// <summary>The interval the scheduler fires the sweep at; null without a scheduler.</summary>
    public async Task<TimeSpan?> IntervalAsync(CancellationToken cancellationToken = default)
    {
        if (services.GetService<ISchedulerFactory>() is not { } factory) return null;
        var scheduler = await factory.GetScheduler(cancellationToken);
        return await scheduler.GetTrigger(Trigger, cancellationToken) is ISimpleTrigger trigger ? trigger.RepeatInterval : null;
    }

    public async Task ApplyAsync(TimeSpan interval, CancellationToken cancellationToken = default)
    {
        if (services.GetService<ISchedulerFactory>() is not { } factory) return;
        var scheduler = await factory.GetScheduler(cancellationToken);
        if (await scheduler.GetTrigger(Trigger, cancellationToken) is not ISimpleTrigger current || current.RepeatInterval == interval) return;
        var next = TriggerBuilder.Create()
            .ForJob(SupervisionSweepJob.Key)
            .WithIdentity(Trigger)
            .StartNow()
            .WithSchedule(SimpleScheduleBuilder.Create().WithInterval(interval).RepeatForever().WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
            .Build();
        await scheduler.RescheduleJob(Trigger, next, cancellationToken);
    }
}
