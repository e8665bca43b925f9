using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using WorkflowHall.Data.Runtime;
using WorkflowHall.Engine.Execution;
using WorkflowHall.Engine.Execution.Commands;
using WorkflowHall.Engine.Time;

namespace WorkflowHall.Durable.Bench;

/// <summary>
/// The standard five-step process end to end through <see cref="WorkflowRuntime"/>: start, then
/// accept → review → approve → issue, each completed with its outcome, full trail, by N clients at
/// once, each running its own cases one after the other on its own runtime (as N web nodes would).
/// </summary>
internal static class Throughput
{
    private const string DefinitionKey = "standard-approval";
    private static readonly (string Step, string Outcome)[] HappyPath = [("accept", "accept"), ("review", "review"), ("approve", "approve"), ("issue", "issue")];
    public static readonly int CompletionsPerCase = HappyPath.Length;

    public static async Task<ThroughputResult> RunAsync(BenchDatabase database, string bpmn, WorkingDayCalendar calendar, int clients, int casesPerClient,
        int warmupCasesPerClient, bool showSql, PostgresCpu? server)
    {
        var counter = new SqlCounter();
        var contexts = new ContextFactory(database.Options, database.Interceptors(counter.Interceptors));

        // Published once, before anything runs.
        var admin = new DefinitionStore(contexts, TimeProvider.System);
        var draft = await admin.SaveDraftAsync(bpmn, "admin");
        if (!draft.Saved) throw new InvalidOperationException(string.Join("; ", draft.Import.Problems));
        var published = await admin.PublishAsync(DefinitionKey, "admin", "bench");
        if (published.Published is null) throw new InvalidOperationException(string.Join("; ", published.Problems));

        var runtimes = Enumerable.Range(0, clients)
            .Select(_ => new WorkflowRuntime(contexts, new DefinitionStore(contexts, TimeProvider.System), calendar, TimeProvider.System, []))
            .ToArray();

        // Warm-up: JIT (tiered compilation recompiles EF Core's hot paths after enough calls, on a
        // background thread whose CPU would otherwise land in the measurement), EF Core's compiled
        // queries, connection pools, the definition cache of every runtime.
        await RunClientsAsync(runtimes, warmupCasesPerClient, "warm");
        await Task.Delay(TimeSpan.FromMilliseconds(500)); // let the tier-1 compilations queued by the warm-up finish

        // One case step by step, counting what each command sends to the database.
        var probe = await ProbeAsync(runtimes[0], counter, showSql);

        var cpuBefore = CpuSample.Take();
        var loadBefore = CpuSample.LoadAverage();
        var sqlBefore = counter.Read();
        var serverBefore = server?.Take();
        var watch = Stopwatch.StartNew();
        await RunClientsAsync(runtimes, casesPerClient, "run");
        watch.Stop();
        var sql = counter.Read() - sqlBefore;
        var cpu = CpuUse.Between(cpuBefore, CpuSample.Take());
        TimeSpan? serverCpu = server is null ? null : PostgresCpu.Between(serverBefore!, server.Take());
        var loadAfter = CpuSample.LoadAverage();

        // Every case must have run to its end with its whole trail and left no open work item.
        await using var db = contexts.CreateDbContext();
        var expected = clients * (warmupCasesPerClient + casesPerClient) + 1;
        var completed = await db.Instances.CountAsync(i => i.Status == nameof(InstanceStatus.Completed) && i.EndNodeId == "closed");
        var open = await db.WorkItems.CountAsync();
        var trail = await db.TrailEvents.LongCountAsync();
        if (completed != expected || open != 0)
        {
            throw new InvalidOperationException($"expected {expected} completed cases and no open work items, found {completed} and {open}");
        }

        var cases = clients * casesPerClient;
        return new ThroughputResult(database.Provider, clients, cases, watch.Elapsed, (double)trail / expected, probe, sql, cpu, serverCpu, loadBefore, loadAfter);
    }

    private static Task RunClientsAsync(WorkflowRuntime[] runtimes, int casesPerClient, string tag) =>
        Task.WhenAll(runtimes.Select((runtime, client) => Task.Run(async () =>
        {
            for (var i = 0; i < casesPerClient; i++) await RunCaseAsync(runtime, $"{tag}-{client}-{i}");
        })));

    private static async Task RunCaseAsync(WorkflowRuntime runtime, string businessKey, Action<string>? afterCommand = null)
    {
        var started = await runtime.StartAsync(new StartRequest(DefinitionKey, "440106199001011234")
        {
            HandlingUnit = "gz-tianhe",
            BusinessKey = businessKey,
            Variables = new Dictionary<string, object?> { ["applicant"] = "440106199001011234" },
        });
        if (!started.IsAccepted) throw new InvalidOperationException($"start refused: {started.Rejection}");
        afterCommand?.Invoke("start");
        var state = started.State!;
        foreach (var (step, outcome) in HappyPath)
        {
            // The clerk completes the item the inbox showed: its id is in the state the last command returned.
            var item = state.WorkItems.Single(w => w.NodeId == step);
            var done = await runtime.ExecuteAsync(state.InstanceId, new CompleteWorkItem("clerk-" + step, item.Id) { Outcome = outcome, Opinion = "同意" });
            if (!done.IsAccepted) throw new InvalidOperationException($"{step} refused: {done.Rejection}");
            afterCommand?.Invoke("complete " + step);
            state = done.State!;
        }
        if (state.Status != InstanceStatus.Completed || state.EndNodeId != "closed")
        {
            throw new InvalidOperationException($"case {state.InstanceId} ended {state.Status} at {state.EndNodeId}");
        }
    }

    private static async Task<Probe> ProbeAsync(WorkflowRuntime runtime, SqlCounter counter, bool showSql)
    {
        var steps = new List<(string Command, SqlCounter.Snapshot Sql, List<string> Texts)>();
        var last = counter.Read();
        counter.StartSampling();
        await RunCaseAsync(runtime, "probe", command =>
        {
            var now = counter.Read();
            steps.Add((command, now - last, counter.StopSampling()));
            counter.StartSampling();
            last = now;
        });
        counter.StopSampling();
        if (showSql)
        {
            foreach (var (command, sql, texts) in steps.Take(2))
            {
                Console.WriteLine($"--- SQL of one '{command}' ({sql.Commands} commands, {sql.Statements} statements, {sql.Commits} commits):");
                foreach (var text in texts) Console.WriteLine(text + "\n;;");
            }
        }
        var completions = steps.Skip(1).Select(s => s.Sql).ToArray();
        return new Probe(steps[0].Sql, completions);
    }
}

/// <summary>Database commands, statements and commits of one start and of each of the four completions.</summary>
internal sealed record Probe(SqlCounter.Snapshot Start, SqlCounter.Snapshot[] Completions)
{
    public string Commands => $"{Start.Commands} / {string.Join("-", Completions.Select(c => c.Commands).Distinct())}";
    public string Statements => $"{Start.Statements} / {string.Join("-", Completions.Select(c => c.Statements).Distinct())}";
    public string Commits => $"{Start.Commits} / {string.Join("-", Completions.Select(c => c.Commits).Distinct())}";
}

internal sealed record ThroughputResult(string Provider, int Clients, int Cases, TimeSpan Elapsed, double TrailEventsPerCase, Probe Probe,
    SqlCounter.Snapshot Sql, CpuUse Cpu, TimeSpan? ServerCpu, string LoadBefore, string LoadAfter)
{
    public double CasesPerSecond => Cases / Elapsed.TotalSeconds;
    public double CompletionsPerSecond => Cases * Throughput.CompletionsPerCase / Elapsed.TotalSeconds;
    public double CommandsPerSecond => Cases * (Throughput.CompletionsPerCase + 1) / Elapsed.TotalSeconds;
    public int Commands => Cases * (Throughput.CompletionsPerCase + 1);

    /// <summary>Share of the clients' summed time spent waiting on database calls (commands, begin, commit).</summary>
    public double DbShare => Sql.DbTime.TotalSeconds / (Elapsed.TotalSeconds * Clients);

    /// <summary>This process's CPU per engine command (start or completion), in ms.</summary>
    public double ClientCpuPerCommandMs => Cpu.ProcessCpu.TotalMilliseconds / Commands;

    /// <summary>CPU per completion with the start's share spread over the four: comparable to one pgbench transaction.</summary>
    public double ClientCpuPerCompletionMs => Cpu.ProcessCpu.TotalMilliseconds / (Cases * Throughput.CompletionsPerCase);

    public double ServerCpuPerCompletionMs => ServerCpu is { } s ? s.TotalMilliseconds / (Cases * Throughput.CompletionsPerCase) : double.NaN;
}
