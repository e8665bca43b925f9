using System.Data.Common;
using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;
using WorkflowHall.Data.Runtime;

namespace WorkflowHall.Durable.Bench;

/// <summary>
/// The clerk's inbox at scale: a database with many cases (most of them ended, one open work item
/// per running case) bulk-loaded straight into the tables, then <see cref="InboxQuery"/> timed for
/// random post/unit pairs and random assignees.
/// </summary>
internal static class Inbox
{
    /// <summary>How many posts and units the open items are spread over (options --inbox-posts and --inbox-units).</summary>
    public static int Posts { get; set; } = 20;
    public static int Units { get; set; } = 200;
    public const int Users = 2_000;
    /// <summary>One open item in ten is claimed by a person (and so leaves the post's queue for that person's).</summary>
    public const int ClaimedOneIn = 10;
    public const int DueSpreadDays = 60;
    public const int PageSize = 50;
    private static readonly DateTime T0 = new(2026, 12, 1, 1, 0, 0, DateTimeKind.Utc);
    private static readonly string[] Steps = ["accept", "review", "approve", "issue"];
    private static readonly string[] StepNames = ["受理", "审核", "审批", "发证"];

    private static readonly string[] InstanceColumns =
    [
        "Id", "DefinitionKey", "DefinitionVersion", "Status", "HandlingUnit", "BusinessKey", "StartedBy", "StartedAt", "EndedAt", "EndNodeId",
        "Revision", "TrailLength", "TrailHead", "StateJson", "UpdatedAt",
    ];

    private static readonly string[] WorkItemColumns =
    [
        "Id", "InstanceId", "EngineId", "DefinitionKey", "NodeId", "NodeName", "Status", "Assignee", "Owner", "CandidatePost", "CandidateGroups",
        "CandidateUsers", "HandlingUnit", "Stage", "OpenedAt", "DueAt", "DueProvisional", "WarningAt",
    ];

    public static string Post(int i) => $"post-{i:D2}";
    public static string Unit(int i) => $"unit-{i:D3}";
    public static string User(int i) => $"user-{i:D4}";

    /// <summary>Loads the rows; returns how many open items are unclaimed and claimed.</summary>
    public static async Task<(TimeSpan Elapsed, long Instances, long WorkItems)> PopulateAsync(BenchDatabase database, int cases, int open)
    {
        var watch = Stopwatch.StartNew();
        var rows = Rows(cases, open);
        if (database.IsPostgres) await PopulatePostgresAsync(database.ConnectionString, rows);
        else await PopulateSqliteAsync(database.ConnectionString, rows);
        watch.Stop();
        return (watch.Elapsed, cases, open);
    }

    /// <summary>The rows to load, instances first and each running case's work item right after it.</summary>
    private static IEnumerable<(bool IsWorkItem, object?[] Values)> Rows(int cases, int open)
    {
        var random = new Random(20261201);
        for (var i = 0; i < cases; i++)
        {
            var id = i.ToString("x32"); // as long as the runtime's Guid v7 ids ("N" format)
            var unit = Unit(random.Next(Units));
            // Exactly `open` cases are running, spread evenly over the ids.
            var isOpen = (long)i * open / cases != ((long)i + 1) * open / cases;
            var startedAt = T0.AddDays(-3 * 365).AddSeconds((double)i * 3 * 365 * 86_400 / cases);
            if (!isOpen)
            {
                var endedAt = startedAt.AddDays(1 + random.Next(20));
                yield return (false, [id, "standard-approval", 1, "Completed", unit, "bk-" + i, "applicant", startedAt, endedAt, "closed",
                    5, 23L, new string('e', 64), """{"status":"Completed","end":"closed"}""", endedAt]);
                continue;
            }
            var step = random.Next(Steps.Length);
            var post = Post(random.Next(Posts));
            var due = T0.AddMinutes(random.Next(DueSpreadDays * 24 * 60));
            var claimed = random.Next(ClaimedOneIn) == 0;
            var opened = due.AddDays(-7);
            yield return (false, [id, "standard-approval", 1, "Running", unit, "bk-" + i, "applicant", startedAt, null, null,
                step + 1, 3L + 5 * step, new string('r', 64), """{"status":"Running","workItems":[{"id":"wi-2"}]}""", opened]);
            string? assignee = claimed ? User(random.Next(Users)) : null;
            yield return (true, [id + "/wi-2", id, "wi-2", "standard-approval", Steps[step], StepNames[step], claimed ? "Claimed" : "Open", assignee, null,
                post, null, null, unit, Steps[step], opened, due, false, due.AddDays(-1)]);
        }
    }

    private static async Task PopulateSqliteAsync(string connectionString, IEnumerable<(bool IsWorkItem, object?[] Values)> rows)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using (var pragma = connection.CreateCommand())
        {
            pragma.CommandText = "PRAGMA cache_size = -262144;"; // 256 MB for this loading connection only
            await pragma.ExecuteNonQueryAsync();
        }
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
        var instance = Insert(connection, transaction, "instances", InstanceColumns);
        var workItem = Insert(connection, transaction, "work_items", WorkItemColumns);
        foreach (var (isWorkItem, values) in rows)
        {
            var command = isWorkItem ? workItem : instance;
            for (var c = 0; c < values.Length; c++) command.Parameters[c].Value = values[c] ?? DBNull.Value;
            await command.ExecuteNonQueryAsync();
        }
        await transaction.CommitAsync();
        await instance.DisposeAsync();
        await workItem.DisposeAsync();
    }

    private static SqliteCommand Insert(SqliteConnection connection, SqliteTransaction transaction, string table, string[] columns)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO {table} ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) VALUES ({string.Join(", ", columns.Select((_, i) => "$p" + i))})";
        for (var i = 0; i < columns.Length; i++) command.Parameters.Add(new SqliteParameter("$p" + i, null));
        command.Prepare();
        return command;
    }

    private static async Task PopulatePostgresAsync(string connectionString, IEnumerable<(bool IsWorkItem, object?[] Values)> rows)
    {
        // Two COPY streams at once need two connections: instances on one, work items on the other.
        await using var instancesConnection = new NpgsqlConnection(connectionString);
        await using var itemsConnection = new NpgsqlConnection(connectionString);
        await instancesConnection.OpenAsync();
        await itemsConnection.OpenAsync();
        await using (var instances = await Copy(instancesConnection, "instances", InstanceColumns))
        await using (var items = await Copy(itemsConnection, "work_items", WorkItemColumns))
        {
            foreach (var (isWorkItem, values) in rows)
            {
                var writer = isWorkItem ? items : instances;
                await writer.StartRowAsync();
                foreach (var value in values)
                {
                    switch (value)
                    {
                        case null: await writer.WriteNullAsync(); break;
                        case string s: await writer.WriteAsync(s, NpgsqlTypes.NpgsqlDbType.Varchar); break;
                        case int n: await writer.WriteAsync(n, NpgsqlTypes.NpgsqlDbType.Integer); break;
                        case long n: await writer.WriteAsync(n, NpgsqlTypes.NpgsqlDbType.Bigint); break;
                        case bool b: await writer.WriteAsync(b, NpgsqlTypes.NpgsqlDbType.Boolean); break;
                        case DateTime d: await writer.WriteAsync(d, NpgsqlTypes.NpgsqlDbType.TimestampTz); break;
                        default: throw new InvalidOperationException(value.GetType().Name);
                    }
                }
            }
            await items.CompleteAsync();
            await instances.CompleteAsync();
        }
        // What autovacuum would do shortly after a bulk load: statistics and the visibility map.
        foreach (var table in new[] { "instances", "work_items" })
        {
            await using var vacuum = new NpgsqlCommand($"VACUUM ANALYZE {table}", instancesConnection);
            await vacuum.ExecuteNonQueryAsync();
        }
    }

    private static Task<NpgsqlBinaryImporter> Copy(NpgsqlConnection connection, string table, string[] columns) =>
        connection.BeginBinaryImportAsync($"COPY {table} ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) FROM STDIN (FORMAT BINARY)");

    public static async Task<InboxResult> MeasureAsync(BenchDatabase database, int queries, int warmup)
    {
        var capture = new FirstCommand();
        var inbox = new InboxQuery(new ContextFactory(database.Options, capture));
        var random = new Random(7);

        async Task<(List<double> Ms, long Items)> Time(int count, Func<Task<InboxPage>> query)
        {
            var ms = new List<double>(count);
            long items = 0;
            for (var i = 0; i < count; i++)
            {
                var start = Stopwatch.GetTimestamp();
                var page = await query();
                ms.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                items += page.Items.Count;
            }
            return (ms, items);
        }

        Task<InboxPage> ByPost() => inbox.ForPostsAsync([Post(random.Next(Posts))], [Unit(random.Next(Units))], 1, PageSize);
        Task<InboxPage> ByAssignee() => inbox.ForAssigneeAsync(User(random.Next(Users)), 1, PageSize);

        await Time(warmup, ByPost);
        capture.Armed = true;
        await ByPost();
        var postPlan = await ExplainAsync(database, capture.Take());
        await Time(warmup, ByAssignee);
        capture.Armed = true;
        await ByAssignee();
        var assigneePlan = await ExplainAsync(database, capture.Take());

        var cpu = CpuSample.Take();
        var load = CpuSample.LoadAverage();
        var posts = await Time(queries, ByPost);
        var assignees = await Time(queries, ByAssignee);
        return new InboxResult(database.Provider, Percentiles.Of(posts.Ms), (double)posts.Items / queries, postPlan,
            Percentiles.Of(assignees.Ms), (double)assignees.Items / queries, assigneePlan, CpuUse.Between(cpu, CpuSample.Take()), load);
    }

    /// <summary>The plan the database picks for the query EF Core sent (with its parameters).</summary>
    private static async Task<string> ExplainAsync(BenchDatabase database, (string Sql, (string Name, object? Value)[] Parameters)? captured)
    {
        if (captured is not { } command) return "?";
        DbConnection connection = database.IsPostgres ? new NpgsqlConnection(database.ConnectionString) : new SqliteConnection(database.ConnectionString);
        await using (connection)
        {
            await connection.OpenAsync();
            await using var explain = connection.CreateCommand();
            explain.CommandText = (database.IsPostgres ? "EXPLAIN (COSTS OFF) " : "EXPLAIN QUERY PLAN ") + command.Sql;
            foreach (var (name, value) in command.Parameters)
            {
                var parameter = explain.CreateParameter();
                parameter.ParameterName = name;
                parameter.Value = value ?? DBNull.Value;
                explain.Parameters.Add(parameter);
            }
            await using var reader = await explain.ExecuteReaderAsync();
            var lines = new List<string>();
            while (await reader.ReadAsync()) lines.Add(reader.GetValue(reader.FieldCount - 1)?.ToString()?.Trim() ?? "");
            return string.Join(" | ", lines);
        }
    }

    /// <summary>Keeps the SQL and parameters of the next command once armed.</summary>
    private sealed class FirstCommand : DbCommandInterceptor
    {
        private (string, (string, object?)[])? _captured;

        public bool Armed { get; set; }

        public (string Sql, (string Name, object? Value)[] Parameters)? Take()
        {
            var captured = _captured;
            _captured = null;
            return captured;
        }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            if (Armed)
            {
                Armed = false;
                _captured = (command.CommandText, command.Parameters.Cast<DbParameter>().Select(p => (p.ParameterName, (object?)p.Value)).ToArray());
            }
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }
    }
}

internal readonly record struct Percentiles(double P50, double P95, double P99, double Max)
{
    public static Percentiles Of(List<double> values)
    {
        var sorted = values.Order().ToArray();
        double At(double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
        return new Percentiles(At(0.50), At(0.95), At(0.99), sorted[^1]);
    }
}

internal sealed record InboxResult(string Provider, Percentiles ByPost, double ItemsPerPostPage, string PostPlan, Percentiles ByAssignee,
    double ItemsPerAssigneePage, string AssigneePlan, CpuUse Cpu, string Load);
