using Quartz;
using WorkflowHall.Data;
using WorkflowHall.Data.Supervision;

namespace WorkflowHall.Web.Scheduling;

/// <summary>
/// Quartz for the hall: a persistent job store in the hall's own database (SQLite by default; PostgreSQL
/// and SQL Server clustered, so several nodes share the work and each firing happens on one of them), its tables
/// created by Quartz itself, and two durable recurring jobs — the supervision sweep and the due-timer
/// sweep. Time limits are not one trigger per work item: the rows carry their next due time in an
/// indexed column, and the sweeps read what fell due (bench/README.md says why).
/// </summary>
public static class HallScheduling
{
    public static IServiceCollection AddHallScheduler(this IServiceCollection services, HallDatabaseOptions database, HallSchedulerOptions scheduler,
        SupervisionOptions supervision)
    {
        if (!scheduler.Enabled) return services;

        services.AddQuartz(q =>
        {
            q.ConfigureScheduler(s => s.InstanceName = scheduler.InstanceName);
            q.UsePersistentStore(store =>
            {
                switch (database.Provider)
                {
                    case DatabaseProvider.Postgres:
                        store.UsePostgres(database.ConnectionString);
                        Clustered(store, scheduler);
                        break;
                    case DatabaseProvider.SqlServer:
                        store.UseSqlServer(database.ConnectionString);
                        Clustered(store, scheduler);
                        break;
                    default:
                        store.UseSqlite(database.ConnectionString);
                        break;
                }
                store.ProvisionSchema();
            });
            Recurring<SupervisionSweepJob>(q, SupervisionSweepJob.Key, supervision.SweepInterval);
            Recurring<DueTimersJob>(q, DueTimersJob.Key, scheduler.TimerInterval);
            Recurring<CheckpointJob>(q, CheckpointJob.Key, scheduler.CheckpointInterval);
        });
        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        return services;
    }

    private static void Clustered(IPersistentStoreBuilder store, HallSchedulerOptions scheduler) => store.UseClustering(c =>
    {
        c.CheckinInterval = scheduler.CheckinInterval;
        c.CheckinMisfireThreshold = scheduler.CheckinMisfireThreshold;
    });

    /// <summary>A durable job with one trigger that repeats for ever; a firing missed while no node ran fires at once.</summary>
    private static void Recurring<TJob>(IQuartzBuilder q, JobKey key, TimeSpan interval) where TJob : class, IJob
    {
        q.AddJob<TJob>(j => j.WithIdentity(key).StoreDurably().DisallowConcurrentExecution());
        q.AddTrigger(t => t
            .ForJob(key)
            .WithIdentity(key.Name, key.Group)
            .StartNow()
            .WithSchedule(SimpleScheduleBuilder.Create().WithInterval(interval).RepeatForever().WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow)));
    }
}
