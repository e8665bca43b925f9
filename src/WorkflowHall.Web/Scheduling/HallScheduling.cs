using Microsoft.Extensions.Options;
using Quartz;
using WorkflowHall.Data;
using WorkflowHall.Data.Settings;
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
    /// <param name="configuration">
    /// Read here for the two choices Quartz makes while the container is built: whether there is a scheduler at all
    /// (<c>Scheduler:Enabled</c>) and the job store's SQL dialect (<c>Database:Provider</c>). A value that does not read leaves the
    /// default here, and the bound options refuse it by name before any hosted service starts. Everything else, the connection
    /// string included, comes from the checked options.
    /// </param>
    public static IServiceCollection AddHallScheduler(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddHallOptions<HallSchedulerOptions>(HallSchedulerOptions.Section);
        if (bool.TryParse(configuration[$"{HallSchedulerOptions.Section}:{nameof(HallSchedulerOptions.Enabled)}"], out var enabled) && !enabled) return services;
        var database = new HallDatabaseOptions
        {
            Provider = Enum.TryParse<DatabaseProvider>(configuration[$"{HallDatabaseOptions.Section}:{nameof(HallDatabaseOptions.Provider)}"], ignoreCase: true,
                out var provider) ? provider : DatabaseProvider.Sqlite,
        };

        services.AddQuartz(q =>
        {
            q.UsePersistentStore(store =>
            {
                switch (database.Provider)
                {
                    case DatabaseProvider.Postgres:
                        store.UsePostgres(_ => { });
                        store.UseClustering();
                        break;
                    case DatabaseProvider.SqlServer:
                        store.UseSqlServer(_ => { });
                        store.UseClustering();
                        break;
                    default:
                        store.UseSqlite(_ => { });
                        break;
                }
                store.ProvisionSchema();
            });
            Recurring<SupervisionSweepJob>(q, SupervisionSweepJob.Key, (_, supervision) => supervision.SweepInterval);
            Recurring<DueTimersJob>(q, DueTimersJob.Key, (scheduler, _) => scheduler.TimerInterval);
            Recurring<CheckpointJob>(q, CheckpointJob.Key, (scheduler, _) => scheduler.CheckpointInterval);
        });
        services.AddOptions<QuartzSchedulerOptions>().Configure<IOptions<HallSchedulerOptions>>((quartz, scheduler) =>
            quartz.InstanceName = scheduler.Value.InstanceName);
        services.AddOptions<ClusteringOptions>().Configure<IOptions<HallSchedulerOptions>>((clustering, scheduler) =>
        {
            clustering.CheckinInterval = scheduler.Value.CheckinInterval;
            clustering.CheckinMisfireThreshold = scheduler.Value.CheckinMisfireThreshold;
        });
        // Every data source of the store (Quartz names them itself) connects to the hall's database as configured and checked.
        services.AddSingleton<IPostConfigureOptions<DataSourceOptions>>(provider => new PostConfigureOptions<DataSourceOptions, IOptions<HallDatabaseOptions>>(
            name: null, provider.GetRequiredService<IOptions<HallDatabaseOptions>>(), (source, hall) => source.ConnectionString = hall.Value.ConnectionString));
        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        return services;
    }

    /// <summary>A durable job with one trigger that repeats for ever; a firing missed while no node ran fires at once.</summary>
    private static void Recurring<TJob>(IQuartzBuilder q, JobKey key, Func<HallSchedulerOptions, SupervisionOptions, TimeSpan> interval) where TJob : class, IJob
    {
        q.AddJob<TJob>(j => j.WithIdentity(key).StoreDurably().DisallowConcurrentExecution());
        q.AddTrigger((provider, t) => t
            .ForJob(key)
            .WithIdentity(key.Name, key.Group)
            .StartNow()
            .WithSchedule(SimpleScheduleBuilder.Create()
                .WithInterval(interval(provider.GetRequiredService<IOptions<HallSchedulerOptions>>().Value, provider.GetRequiredService<IOptions<SupervisionOptions>>().Value))
                .RepeatForever().WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow)));
    }
}
