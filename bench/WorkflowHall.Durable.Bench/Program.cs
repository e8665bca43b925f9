// The durable engine on SQLite and PostgreSQL: cases/s and completions/s of the standard five-step
// process through WorkflowRuntime with 1 and 4 clients, each PostgreSQL figure beside pgbench's
// TPC-B-like tps on the same server with the same client count (run just before it); then the inbox
// query's latency at a million cases. See bench/README.md.
//
//   dotnet run -c Release --project bench/WorkflowHall.Durable.Bench -- [--cases 500] [--clients 1,4]
//       [--providers sqlite,postgres] [--inbox-cases 1000000] [--inbox-open 100000] [--skip-inbox]
//       [--skip-throughput] [--warmup 300] [--pgbench-seconds 10] [--queries 1000] [--show-sql]
//
// PostgreSQL: the admin connection string in WORKFLOWHALL_BENCH_POSTGRES or WORKFLOWHALL_TEST_POSTGRES
// (`. .ci/postgres.sh` starts a throwaway server and sets the latter); every measurement gets a fresh database.
using System.Globalization;
using System.Runtime.InteropServices;
using WorkflowHall.Durable.Bench;
using WorkflowHall.Engine.Time;

var options = BenchOptions.Parse(args);
if (options is null) return 2;
Inbox.Posts = options.InboxPosts;
Inbox.Units = options.InboxUnits;
BenchDatabase.PostgresSettings = options.PgSettings;
BenchDatabase.SqliteBusyTimeout = options.SqliteBusyTimeout;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

var root = RepositoryRoot();
var bpmn = File.ReadAllText(Path.Combine(root, "workflows", "standard-approval.bpmn"));
var calendar = WorkingDayCalendar.LoadDirectory(Path.Combine(root, "workflows", "calendars"));
var postgresAdmin = new[] { "WORKFLOWHALL_BENCH_POSTGRES", "WORKFLOWHALL_TEST_POSTGRES" }
    .Select(Environment.GetEnvironmentVariable).FirstOrDefault(v => !string.IsNullOrEmpty(v));

var providers = options.Providers.ToList();
if (providers.Contains(Providers.Postgres) && postgresAdmin is null)
{
    Console.WriteLine("postgres: not configured (set WORKFLOWHALL_BENCH_POSTGRES or WORKFLOWHALL_TEST_POSTGRES, e.g. `. .ci/postgres.sh`): skipped");
    providers.Remove(Providers.Postgres);
}
var pgbench = postgresAdmin is null ? null : Pgbench.Find();
string? serverVersion = null;
if (postgresAdmin is not null)
{
    await using var connection = new Npgsql.NpgsqlConnection(postgresAdmin);
    await connection.OpenAsync();
    serverVersion = connection.PostgreSqlVersion.ToString();
}

var machine = $"{Environment.ProcessorCount} cores ({RuntimeInformation.OSArchitecture}), {RuntimeInformation.OSDescription}, .NET {Environment.Version}, "
    + $"{GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1L << 30)} GiB";
Console.WriteLine($"date     : {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
Console.WriteLine($"machine  : {machine}");
Console.WriteLine($"load     : {CpuSample.LoadAverage()} (1/5/15 min) at start");
Console.WriteLine($"sqlite   : {SqliteVersion()} (WAL, Microsoft.Data.Sqlite defaults)");
if (options.PgSettings is not null) Console.WriteLine($"engine's Npgsql settings: {options.PgSettings} (experiment)");
if (options.SqliteBusyTimeout is not null) Console.WriteLine($"engine's SQLite connections: PRAGMA busy_timeout = {options.SqliteBusyTimeout} (experiment)");
Console.WriteLine($"postgres : {(serverVersion is null ? "not configured" : $"server {serverVersion}; {(pgbench is null ? "pgbench not found" : $"{Pgbench.Version(pgbench)} ({pgbench})")}")}");
Console.WriteLine();

var serverCpu = postgresAdmin is null ? null : await PostgresCpu.FindAsync(postgresAdmin);
var throughput = new List<ThroughputResult>();
var baselines = new Dictionary<int, PgbenchResult>();
if (!options.SkipThroughput)
{
    Console.WriteLine($"Throughput: standard-approval, start + {Throughput.CompletionsPerCase} completions per case, {options.Cases} cases per client "
        + $"after {options.Warmup} warm-up cases per client; pgbench -i -s 1, then -c N -j N -T {options.PgbenchSeconds}");
    foreach (var clients in options.Clients)
    {
        if (postgresAdmin is not null && pgbench is not null)
        {
            var baseline = await Pgbench.RunAsync(pgbench, postgresAdmin, clients, options.PgbenchSeconds, serverCpu);
            baselines[clients] = baseline;
            Console.WriteLine($"  pgbench  {clients} client(s): {baseline.Tps:F0} tps ({baseline.Transactions} transactions; CPU per transaction: pgbench {baseline.ClientCpuPerTransactionMs:F3} ms, "
                + $"server {baseline.ServerCpuPerTransactionMs:F3} ms; machine {baseline.Cpu.MachineShare:P0} busy, load {baseline.Load})");
        }
        foreach (var provider in providers)
        {
            await using var database = await BenchDatabase.CreateAsync(provider, postgresAdmin);
            var result = await Throughput.RunAsync(database, bpmn, calendar, clients, options.Cases, options.Warmup, options.ShowSql,
                database.IsPostgres ? serverCpu : null);
            throughput.Add(result);
            Console.WriteLine($"  {provider,-8} {clients} client(s): {result.Cases} cases in {result.Elapsed.TotalSeconds:F2} s = {result.CasesPerSecond:F0} cases/s, "
                + $"{result.CompletionsPerSecond:F0} completions/s; {result.TrailEventsPerCase:F1} trail events/case; "
                + $"{(double)result.Sql.Commands / result.Commands:F1} DB commands/engine command (start {result.Probe.Start.Commands}, "
                + $"completions {string.Join(", ", result.Probe.Completions.Select(c => c.Commands))}; statements {result.Probe.Start.Statements}, "
                + $"{string.Join(", ", result.Probe.Completions.Select(c => c.Statements))}); DB wait {result.DbShare:P0} of client time; "
                + $"bench CPU {result.Cpu.ProcessShare:P0} ({result.ClientCpuPerCommandMs:F2} ms/command, {result.Cpu.ProcessSystemCpu.TotalMilliseconds / result.Commands:F2} ms of it in the kernel, "
                + $"{result.Cpu.Allocated / result.Commands / 1024:N0} KiB allocated/command, {result.Cpu.Gen0} gen0 / {result.Cpu.Gen2} gen2 GCs pausing {result.Cpu.GcPause.TotalMilliseconds / result.Commands:F2} ms/command)"
                + (result.ServerCpu is null ? "" : $", server CPU {result.ServerCpu.Value.TotalMilliseconds / result.Commands:F2} ms/command") + $", machine {result.Cpu.MachineShare:P0} busy; load {result.LoadBefore} -> {result.LoadAfter}");
        }
    }
    Console.WriteLine();
}

var inbox = new List<(InboxResult Result, TimeSpan Population, long Size)>();
if (!options.SkipInbox)
{
    Console.WriteLine($"Inbox: {options.InboxCases:N0} cases, {options.InboxOpen:N0} open work items ({Inbox.Posts} posts x {Inbox.Units} units, "
        + $"1 in {Inbox.ClaimedOneIn} claimed by one of {Inbox.Users:N0} users, due over {Inbox.DueSpreadDays} days); "
        + $"{options.Queries} timed queries of each kind after {options.Warmup} warm-up queries, page 1 of {Inbox.PageSize}");
    foreach (var provider in providers)
    {
        await using var database = await BenchDatabase.CreateAsync(provider, postgresAdmin);
        var (population, _, _) = await Inbox.PopulateAsync(database, options.InboxCases, options.InboxOpen);
        var size = await database.SizeAsync();
        Console.WriteLine($"  {provider,-8} populated in {population.TotalSeconds:F1} s ({size / (1 << 20):N0} MiB)");
        var result = await Inbox.MeasureAsync(database, options.Queries, options.Warmup);
        inbox.Add((result, population, size));
        Console.WriteLine($"  {provider,-8} by post+unit: p50 {result.ByPost.P50:F2} ms, p95 {result.ByPost.P95:F2} ms, p99 {result.ByPost.P99:F2} ms "
            + $"({result.ItemsPerPostPage:F1} items/page); plan: {result.PostPlan}");
        Console.WriteLine($"  {provider,-8} by assignee : p50 {result.ByAssignee.P50:F2} ms, p95 {result.ByAssignee.P95:F2} ms, p99 {result.ByAssignee.P99:F2} ms "
            + $"({result.ItemsPerAssigneePage:F1} items/page); plan: {result.AssigneePlan}");
    }
    Console.WriteLine();
}

// The summary table (Markdown, so it can go into bench/README.md as is).
Console.WriteLine($"Summary ({DateTime.UtcNow:yyyy-MM-dd}, {machine}, load {CpuSample.LoadAverage()} at end)");
Console.WriteLine();
if (baselines.Count > 0)
{
    Console.WriteLine($"| pgbench -c N -j N -T {options.PgbenchSeconds} (scale 1) | tps | CPU ms per transaction: pgbench / server | machine busy | load before |");
    Console.WriteLine("|---|---|---|---|---|");
    foreach (var b in baselines.Values)
    {
        Console.WriteLine($"| {b.Clients} client(s) | {b.Tps:F0} | {b.ClientCpuPerTransactionMs:F3} / {b.ServerCpuPerTransactionMs:F3} | {b.Cpu.MachineShare:P0} | {b.Load} |");
    }
    Console.WriteLine();
}
if (throughput.Count > 0)
{
    Console.WriteLine("| provider | clients | cases | cases/s | completions/s | pgbench tps (same clients) | completions/s ÷ pgbench tps | DB round trips per start / completion | SQL statements per start / completion | CPU ms per completion: bench / server | DB wait share | machine busy | load before |");
    Console.WriteLine("|---|---|---|---|---|---|---|---|---|---|---|---|---|");
    foreach (var r in throughput)
    {
        var baseline = baselines.GetValueOrDefault(r.Clients);
        var ratio = baseline is null ? "n/a" : $"{r.CompletionsPerSecond / baseline.Tps:F2}{(r.Provider == Providers.Postgres ? "" : " (SQLite vs PostgreSQL's pgbench)")}";
        Console.WriteLine($"| {r.Provider} | {r.Clients} | {r.Cases} | {r.CasesPerSecond:F0} | {r.CompletionsPerSecond:F0} | {(baseline is null ? "n/a" : baseline.Tps.ToString("F0"))} | {ratio} | "
            + $"{r.Probe.Commands} (+ commit) | {r.Probe.Statements} | {r.ClientCpuPerCompletionMs:F2} / {(r.ServerCpu is null ? "in-process" : r.ServerCpuPerCompletionMs.ToString("F2"))} | "
            + $"{r.DbShare:P0} | {r.Cpu.MachineShare:P0} | {r.LoadBefore} |");
    }
    Console.WriteLine();
    Console.WriteLine("Aim: completions/s at least 0.5 x pgbench tps on PostgreSQL. DB round trips: database commands EF Core sent (on PostgreSQL SaveChanges batches its "
        + "statements into one; Microsoft.Data.Sqlite runs each statement as its own command, in process), plus one commit per engine command. "
        + "CPU per completion: the start's share spread over the four completions, so it compares with one pgbench transaction. "
        + "DB wait share: time the clients spent in database calls (commands, begin, commit) / (wall time x clients).");
    foreach (var r in throughput.Where(r => r.Provider == Providers.Postgres))
    {
        if (baselines.GetValueOrDefault(r.Clients) is { } b && r.CompletionsPerSecond < 0.5 * b.Tps)
        {
            Console.WriteLine($"BELOW AIM: postgres with {r.Clients} client(s): {r.CompletionsPerSecond:F0} completions/s is less than half of pgbench's {b.Tps:F0} tps "
                + $"(ratio {r.CompletionsPerSecond / b.Tps:F2}).");
        }
    }
    Console.WriteLine();
}
if (inbox.Count > 0)
{
    Console.WriteLine($"| provider | cases / open items ({Inbox.Posts} posts x {Inbox.Units} units) | population | size | by post+unit p50 / p95 / p99 | by assignee p50 / p95 / p99 |");
    Console.WriteLine("|---|---|---|---|---|---|");
    foreach (var (r, population, size) in inbox)
    {
        Console.WriteLine($"| {r.Provider} | {options.InboxCases:N0} / {options.InboxOpen:N0} | {population.TotalSeconds:F0} s | {size / (1 << 20):N0} MiB | "
            + $"{r.ByPost.P50:F2} / {r.ByPost.P95:F2} / {r.ByPost.P99:F2} ms | {r.ByAssignee.P50:F2} / {r.ByAssignee.P95:F2} / {r.ByAssignee.P99:F2} ms |");
    }
    Console.WriteLine();
    Console.WriteLine("Aim: p95 under 10 ms." + (inbox.Any(i => i.Result.ByPost.P95 >= 10 || i.Result.ByAssignee.P95 >= 10) ? " BELOW AIM for at least one figure." : ""));
}
return 0;

static string SqliteVersion()
{
    using var connection = new Microsoft.Data.Sqlite.SqliteConnection("Data Source=:memory:");
    connection.Open();
    return "SQLite " + connection.ServerVersion;
}

static string RepositoryRoot()
{
    var dir = new DirectoryInfo(AppContext.BaseDirectory);
    while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "WorkflowHall.sln"))) dir = dir.Parent;
    return dir?.FullName ?? Directory.GetCurrentDirectory();
}

internal sealed record BenchOptions(int Cases, int[] Clients, string[] Providers, int InboxCases, int InboxOpen, bool SkipInbox, bool SkipThroughput,
    int Warmup, int PgbenchSeconds, int Queries, bool ShowSql, int InboxPosts, int InboxUnits, string? PgSettings, int? SqliteBusyTimeout)
{
    public static BenchOptions? Parse(string[] args)
    {
        var o = new BenchOptions(500, [1, 4], [WorkflowHall.Durable.Bench.Providers.Sqlite, WorkflowHall.Durable.Bench.Providers.Postgres],
            1_000_000, 100_000, false, false, 300, 10, 1_000, false, 20, 200, null, null);
        for (var i = 0; i < args.Length; i++)
        {
            string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            int Number() => int.Parse(Value().Replace("_", "").Replace(",", ""), CultureInfo.InvariantCulture);
            try
            {
                o = args[i] switch
                {
                    "--cases" => o with { Cases = Number() },
                    "--clients" => o with { Clients = Value().Split(',').Select(int.Parse).ToArray() },
                    "--providers" => o with { Providers = Value().Split(',').Select(p => p.Trim().ToLowerInvariant() is "pg" or "postgresql" ? "postgres" : p.Trim().ToLowerInvariant()).ToArray() },
                    "--inbox-cases" => o with { InboxCases = Number() },
                    "--inbox-open" => o with { InboxOpen = Number() },
                    "--skip-inbox" => o with { SkipInbox = true },
                    "--skip-throughput" => o with { SkipThroughput = true },
                    "--warmup" => o with { Warmup = Number() },
                    "--pgbench-seconds" => o with { PgbenchSeconds = Number() },
                    "--queries" => o with { Queries = Number() },
                    "--show-sql" => o with { ShowSql = true },
                    "--inbox-posts" => o with { InboxPosts = Number() },
                    "--inbox-units" => o with { InboxUnits = Number() },
                    "--pg-settings" => o with { PgSettings = Value() },
                    "--sqlite-busy-timeout" => o with { SqliteBusyTimeout = Number() },
                    _ => throw new ArgumentException($"unknown option {args[i]}"),
                };
            }
            catch (Exception e) when (e is ArgumentException or FormatException)
            {
                Console.Error.WriteLine(e.Message);
                Console.Error.WriteLine("options: --cases N --clients 1,4 --providers sqlite,postgres --inbox-cases N --inbox-open N --skip-inbox --skip-throughput "
                    + "--warmup N --pgbench-seconds N --queries N --show-sql --inbox-posts 20 --inbox-units 200 --pg-settings \"Max Auto Prepare=20\" --sqlite-busy-timeout MS");
                return null;
            }
        }
        if (o.Providers.Any(p => p is not ("sqlite" or "postgres")) || o.InboxOpen > o.InboxCases || o.Cases < 1 || o.Clients.Any(c => c < 1) || o.InboxPosts < 1 || o.InboxUnits < 1)
        {
            Console.Error.WriteLine("providers are sqlite and postgres; --inbox-open must not exceed --inbox-cases; --cases and clients at least 1");
            return null;
        }
        return o;
    }
}
