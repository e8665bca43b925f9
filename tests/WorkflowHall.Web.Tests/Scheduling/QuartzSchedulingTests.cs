using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkflowHall.Data;
using WorkflowHall.Data.Supervision;

namespace WorkflowHall.Web.Tests.Scheduling;

// Inside the namespace, so that these resolve to the data tests' shared databases.

/// <summary>Real Quartz, with its persistent job store in the hall's database: restarts on SQLite, a two-node cluster on PostgreSQL.</summary>
public sealed class QuartzSchedulingTests
{
    [Fact]
    public async Task Deadlines_that_fell_due_while_the_hall_was_down_are_recorded_when_it_comes_back_with_both_times()
    {
        await using var database = SqliteTestDatabase.Create();
        var options = SchedulerNode.Options(database);
        await SchedulerNode.MigrateAsync(options);

        var first = await SchedulerNode.StartAsync(options);
        await using (var store = new HallDbContext(HallDatabase.Options(options)))
        {
            await SchedulerNode.EventuallyAsync(async () => await FiredCountAsync(store) >= 1, TimeSpan.FromSeconds(60), first); // running as usual
        }
        await first.StopAsync(); // the hall goes down with its jobs stored, and nothing due yet
        await first.DisposeAsync();
        var dueAt = DateTimeOffset.UtcNow.AddSeconds(1); // not rounded to the microsecond: breaches must match their rows exactly
        await SchedulerNode.AddDueItemsAsync(options, 20, dueAt);
        await Task.Delay(TimeSpan.FromSeconds(2)); // let them fall due while no scheduler runs
        Assert.Equal(0, await SchedulerNode.CountAsync(options));

        var restartedAt = DateTime.UtcNow;
        await using var second = await SchedulerNode.StartAsync(options);
        await SchedulerNode.EventuallyAsync(async () => await SchedulerNode.CountAsync(options) >= 20, TimeSpan.FromSeconds(90), second);
        await using (var store = new HallDbContext(HallDatabase.Options(options)))
        {
            var fired = await FiredCountAsync(store);
            await SchedulerNode.EventuallyAsync(async () => await FiredCountAsync(store) >= fired + 3, TimeSpan.FromSeconds(60), second); // more sweeps find nothing more
        }

        var log = await SchedulerNode.LogAsync(options);
        Assert.Equal(20, log.Count);
        Assert.Equal(20, log.Select(r => r.SubjectId).Distinct().Count());
        Assert.All(log, r =>
        {
            Assert.Equal(SupervisionRules.StepOverdue, r.RuleCode);
            Assert.Equal(dueAt.UtcDateTime, DateTime.SpecifyKind(r.DueAt, DateTimeKind.Utc));
            Assert.True(r.NoticedAt > r.DueAt, "noticed after it fell due");
            Assert.True(r.NoticedAt >= restartedAt.AddTicks(-(restartedAt.Ticks % 10)), "noticed by the restarted node");
        });
        Assert.True((await second.Services.GetRequiredService<SupervisionLog>().VerifyChainAsync()).Intact);

        // The jobs are durable rows in the hall's own file, not in memory.
        await using var db = new HallDbContext(HallDatabase.Options(options));
        var jobs = await db.Database.SqlQueryRaw<string>("SELECT JOB_NAME AS \"Value\" FROM QRTZ_JOB_DETAILS ORDER BY JOB_NAME").ToListAsync();
        Assert.Equal(["checkpoints", "due-timers", "supervision-sweep"], jobs);
    }

    [PostgresFact]
    public async Task Two_clustered_nodes_on_one_database_record_each_of_1000_due_deadlines_once()
    {
        await using var database = await PostgresTestDatabase.CreateAsync();
        var options = SchedulerNode.Options(database);
        await SchedulerNode.MigrateAsync(options);
        await SchedulerNode.AddDueItemsAsync(options, 1000, DateTimeOffset.UtcNow.AddSeconds(-1));

        var nodes = await Task.WhenAll(SchedulerNode.StartAsync(options), SchedulerNode.StartAsync(options));
        try
        {
            await SchedulerNode.EventuallyAsync(async () => await SchedulerNode.CountAsync(options) >= 1000, TimeSpan.FromSeconds(120), nodes);
            // A few more firings on both nodes, which must find nothing left to record.
            await using (var db = new HallDbContext(HallDatabase.Options(options)))
            {
                var fired = await FiredCountAsync(db);
                await SchedulerNode.EventuallyAsync(async () => await FiredCountAsync(db) >= fired + 3, TimeSpan.FromSeconds(60), nodes);
                var states = await db.Database.SqlQueryRaw<string>("SELECT instance_name AS \"Value\" FROM qrtz_scheduler_state").ToListAsync();
                Assert.Equal(2, states.Distinct().Count()); // both nodes checked in to the one cluster
            }
        }
        finally
        {
            foreach (var node in nodes) await node.DisposeAsync();
        }

        var log = await SchedulerNode.LogAsync(options);
        Assert.Equal(1000, log.Count);
        Assert.Equal(1000, log.Select(r => r.SubjectId).Distinct().Count());
        Assert.Equal(Enumerable.Range(1, 1000).Select(i => (long)i), log.Select(r => r.Sequence));
        Assert.True((await new SupervisionLog(new Contexts(options)).VerifyChainAsync()).Intact);
    }

    /// <summary>How many times the sweep's trigger has fired so far (its stored previous-fire time moves on each firing).</summary>
    private static async Task<long> FiredCountAsync(HallDbContext db) =>
        (await db.Database.SqlQueryRaw<long>("SELECT times_triggered AS \"Value\" FROM qrtz_simple_triggers WHERE trigger_name = 'supervision-sweep'").ToListAsync()).Single();

    private sealed class Contexts(HallDatabaseOptions options) : IDbContextFactory<HallDbContext>
    {
        public HallDbContext CreateDbContext() => new(HallDatabase.Options(options));
    }
}
