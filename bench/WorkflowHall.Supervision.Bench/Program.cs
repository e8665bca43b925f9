// Schedules 100,000 open work items with deadlines, lets them fall due, and measures how the
// supervision sweep records them: scheduling time, firing rate, and the lag from each deadline to its
// record (p50/p99/max). The aim: every one recorded within 60 s of falling due.
//
//   dotnet run -c Release --project bench/WorkflowHall.Supervision.Bench -- [sqlite|postgres] [items] [quartz|direct]
//
// quartz (the default): the real scheduler as the web host wires it (persistent job store in the same
// database, clustered on PostgreSQL), sweeping every second. direct: the sweep called every second by
// the bench itself, to see the sweep's own cost without the scheduler.
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using WorkflowHall.Data;
using WorkflowHall.Data.Records;
using WorkflowHall.Data.Records.Hall;
using WorkflowHall.Data.Supervision;
using WorkflowHall.Engine.Time;
using WorkflowHall.Supervision.Bench;
using WorkflowHall.Web.Scheduling;

var provider = args.Length > 0 ? args[0] : "sqlite";
var count = args.Length > 1 ? int.Parse(args[1]) : 100_000;
var mode = args.Length > 2 ? args[2] : "quartz";
var spread = TimeSpan.FromSeconds(10); // the deadlines are spread over this window
var lead = TimeSpan.FromSeconds(count / 2_000.0 + 5); // room for scheduling before the first falls due

Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}, {DateTime.UtcNow:yyyy-MM-dd}");
Console.WriteLine($"run: {provider}, {count:N0} items due over {spread.TotalSeconds:F0} s, sweep every 1 s via {mode}");

await using var database = await BenchDatabase.CreateAsync(provider);
var options = database.Options;
await using (var db = new HallDbContext(HallDatabase.Options(options)))
{
    await HallDatabase.MigrateAsync(db);
    // A county above the bureau, with one supervisor: every red breach is also one notification.
    db.OrgUnits.AddRange(
        new OrgUnitRecord { Code = "county", Name = "县", Level = "County", Kind = "Region" },
        new OrgUnitRecord { Code = "bureau", Name = "县林业局", Level = "County", Kind = "Department", ParentCode = "county" });
    db.PostHoldings.Add(new PostHoldingRecord { UserName = "supervisor", Post = "supervision", UnitCode = "county" });
    await db.SaveChangesAsync();
}

var builder = new HostApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
builder.Configuration.AddInMemoryCollection(options.AsSettings());
builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
{
    ["Supervision:SweepInterval"] = "00:00:01",
    ["Supervision:BatchSize"] = "2000",
    ["Scheduler:TimerInterval"] = "00:00:05",
});
builder.Services.AddLogging();
builder.Services.AddSingleton(WorkingDayCalendar.WeekendsOnly);
builder.Services.AddHallData();
if (mode == "quartz") builder.Services.AddHallScheduler(builder.Configuration);
using var host = builder.Build();
await host.StartAsync();

// Scheduling: the hall writes one row per open step, its deadline in an indexed column; no trigger per item.
var firstDue = DateTime.UtcNow + lead;
var scheduling = Stopwatch.StartNew();
await using (var db = new HallDbContext(HallDatabase.Options(options)))
{
    db.ChangeTracker.AutoDetectChangesEnabled = false;
    for (var i = 0; i < count; i++)
    {
        var due = firstDue + spread * i / count;
        due = due.AddTicks(-(due.Ticks % 10));
        db.WorkItems.Add(new WorkItemRecord
        {
            Id = $"case-{i:D6}/w1", InstanceId = $"case-{i:D6}", EngineId = "w1", DefinitionKey = "bench", NodeId = "review", NodeName = "审核",
            Status = "Open", CandidatePost = "section-review", HandlingUnit = "bureau", OpenedAt = due.AddDays(-10), DueAt = due, SuperviseAt = due,
        });
        if ((i + 1) % 5000 == 0 || i == count - 1)
        {
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }
    }
}
scheduling.Stop();
Console.WriteLine($"scheduling: {count:N0} items in {scheduling.Elapsed.TotalSeconds:F1} s = {count / scheduling.Elapsed.TotalSeconds:N0} items/s (first due {(firstDue - DateTime.UtcNow).TotalSeconds:F1} s after)");

var sweep = host.Services.GetRequiredService<SupervisionSweep>();
var lastDue = firstDue + spread;
var deadline = lastDue + TimeSpan.FromSeconds(300);
while (true)
{
    if (mode == "direct") await sweep.RunAsync();
    int recorded;
    await using (var db = new HallDbContext(HallDatabase.Options(options))) recorded = await db.SupervisionLog.CountAsync();
    if (recorded >= count || DateTime.UtcNow > deadline) break;
    await Task.Delay(TimeSpan.FromSeconds(mode == "direct" ? 1 : 0.5));
}
await host.StopAsync();

List<(DateTime Due, DateTime Noticed)> rows;
await using (var db = new HallDbContext(HallDatabase.Options(options)))
{
    rows = (await db.SupervisionLog.AsNoTracking().Select(r => new { r.DueAt, r.NoticedAt }).ToListAsync()).Select(r => (r.DueAt, r.NoticedAt)).ToList();
    var notifications = await db.Notifications.CountAsync();
    var distinct = await db.SupervisionLog.Select(r => r.SubjectId).Distinct().CountAsync();
    Console.WriteLine($"recorded: {rows.Count:N0} records ({distinct:N0} distinct items), {notifications:N0} notifications");
}
var chain = await host.Services.GetRequiredService<SupervisionLog>().VerifyChainAsync();
Console.WriteLine($"chain: {(chain.Intact ? "intact" : $"broken at {chain.FirstBrokenSequence}")} over {chain.Records:N0} records");
if (rows.Count == 0) return 1;

var lags = rows.Select(r => (r.Noticed - r.Due).TotalSeconds).Order().ToArray();
double Percentile(double p) => lags[Math.Min(lags.Length - 1, (int)Math.Ceiling(p * lags.Length) - 1)];
var firstNoticed = rows.Min(r => r.Noticed);
var lastNoticed = rows.Max(r => r.Noticed);
var busy = (lastNoticed - rows.Min(r => r.Due)).TotalSeconds;
Console.WriteLine($"firing: {rows.Count / Math.Max(busy, 0.001):N0} records/s from the first deadline to the last record ({busy:F1} s); " +
    $"first record {(firstNoticed - rows.Min(r => r.Due)).TotalSeconds:F1} s after the first deadline, last {(lastNoticed - rows.Max(r => r.Due)).TotalSeconds:F1} s after the last");
Console.WriteLine($"lag from deadline to record: p50 {Percentile(0.50):F2} s, p99 {Percentile(0.99):F2} s, max {lags[^1]:F2} s (aim: all within 60 s)");
return rows.Count == count && lags[^1] <= 60 ? 0 : 2;
