using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using WorkflowHall.Data;
using WorkflowHall.Data.Records;
using WorkflowHall.Data.Records.Supervision;
using WorkflowHall.Data.Supervision;
using WorkflowHall.Engine.Time;
using WorkflowHall.Web.Scheduling;

namespace WorkflowHall.Web.Tests.Scheduling;

/// <summary>
/// One node of the hall as far as scheduling goes: the data layer and real Quartz, wired by the same
/// <see cref="HallScheduling.AddHallScheduler"/> the web host uses, in a host of its own that starts and stops.
/// </summary>
internal sealed class SchedulerNode : IAsyncDisposable
{
    private readonly IHost _host;

    private SchedulerNode(IHost host, CapturedLog log) => (_host, Log) = (host, log);

    /// <summary>The node's warnings and errors.</summary>
    public CapturedLog Log { get; }

    public IServiceProvider Services => _host.Services;

    public static async Task<SchedulerNode> StartAsync(HallDatabaseOptions database)
    {
        var builder = new HostApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        var log = new CapturedLog();
        builder.Services.AddLogging(logging => logging.AddProvider(log));
        builder.Configuration.AddInMemoryCollection(database.AsSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Supervision:SweepInterval"] = "00:00:01",
            ["Supervision:BatchSize"] = "200",
            ["Scheduler:TimerInterval"] = "00:00:01",
            ["Scheduler:CheckinInterval"] = "00:00:01",
            ["Scheduler:CheckinMisfireThreshold"] = "00:00:05",
        });
        builder.Services.AddSingleton(WorkingDayCalendar.WeekendsOnly);
        builder.Services.AddHallData();
        builder.Services.AddHallScheduler(builder.Configuration);
        var host = builder.Build();
        await host.StartAsync();
        return new SchedulerNode(host, log);
    }

    public async Task StopAsync() => await _host.StopAsync();

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }

    public static HallDatabaseOptions Options(TestDatabase database) => new()
    {
        Provider = database.Provider == TestDatabase.Postgres ? DatabaseProvider.Postgres : DatabaseProvider.Sqlite,
        ConnectionString = database.ConnectionString,
    };

    public static async Task MigrateAsync(HallDatabaseOptions options)
    {
        await using var db = new HallDbContext(HallDatabase.Options(options));
        await HallDatabase.MigrateAsync(db);
    }

    /// <summary>Open steps with a deadline and no warning, as the engine writes them: the sweep finds them by <c>SuperviseAt</c>.</summary>
    public static async Task AddDueItemsAsync(HallDatabaseOptions options, int count, DateTimeOffset dueAt)
    {
        await using var db = new HallDbContext(HallDatabase.Options(options));
        var due = dueAt.UtcDateTime;
        for (var i = 0; i < count; i++)
        {
            db.WorkItems.Add(new WorkItemRecord
            {
                Id = $"case-{i:D5}/w1", InstanceId = $"case-{i:D5}", EngineId = "w1", DefinitionKey = "timed", NodeId = "review", NodeName = "审核",
                Status = "Open", CandidatePost = "section-review", HandlingUnit = "unit-1", OpenedAt = due.AddDays(-1), DueAt = due, SuperviseAt = due,
            });
        }
        await db.SaveChangesAsync();
    }

    public static async Task<List<SupervisionRecord>> LogAsync(HallDatabaseOptions options)
    {
        await using var db = new HallDbContext(HallDatabase.Options(options));
        return await db.SupervisionLog.AsNoTracking().OrderBy(r => r.Sequence).ToListAsync();
    }

    public static async Task<int> CountAsync(HallDatabaseOptions options)
    {
        await using var db = new HallDbContext(HallDatabase.Options(options));
        return await db.SupervisionLog.CountAsync();
    }

    /// <summary>Polls until <paramref name="done"/> holds; the timeout is generous and only stops a hung test, it measures nothing.</summary>
    public static async Task EventuallyAsync(Func<Task<bool>> done, TimeSpan timeout, params SchedulerNode[] nodes)
    {
        var until = DateTime.UtcNow + timeout;
        while (!await done())
        {
            if (DateTime.UtcNow > until)
            {
                throw new TimeoutException($"Not done within {timeout}. The nodes logged:\n" + string.Join("\n", nodes.SelectMany(n => n.Log.Lines)));
            }
            await Task.Delay(200);
        }
    }
}
