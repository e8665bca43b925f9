using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Npgsql;

namespace WorkflowHall.Durable.Bench;

/// <summary>
/// The baseline: pgbench's built-in TPC-B-like script (BEGIN; three UPDATEs, one SELECT, one INSERT;
/// END) on the same PostgreSQL server with the same client count, in a database of its own.
/// </summary>
internal static partial class Pgbench
{
    public static string? Find()
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(dir, "pgbench");
            if (File.Exists(candidate)) return candidate;
        }
        var lib = "/usr/lib/postgresql";
        if (!Directory.Exists(lib)) return null;
        return Directory.GetDirectories(lib)
            .Select(d => (Dir: d, Version: int.TryParse(Path.GetFileName(d), out var v) ? v : 0))
            .OrderByDescending(d => d.Version)
            .Select(d => Path.Combine(d.Dir, "bin", "pgbench"))
            .FirstOrDefault(File.Exists);
    }

    public static string Version(string executable) => Exec(executable, ["--version"], []).Trim();

    public static async Task<PgbenchResult> RunAsync(string executable, string admin, int clients, int seconds, PostgresCpu? server)
    {
        var name = $"wh_pgbench_{Guid.NewGuid():N}";
        await BenchDatabase.CreatePostgresDatabaseAsync(admin, name);
        try
        {
            var connection = new NpgsqlConnectionStringBuilder(admin);
            var environment = new Dictionary<string, string?>
            {
                ["PGHOST"] = connection.Host,
                ["PGPORT"] = connection.Port.ToString(CultureInfo.InvariantCulture),
                ["PGUSER"] = connection.Username,
                ["PGPASSWORD"] = connection.Password,
            };
            Exec(executable, ["-i", "-s", "1", "-q", name], environment);
            var cpuBefore = CpuSample.Take();
            var load = CpuSample.LoadAverage();
            var serverBefore = server?.Take();
            var childBefore = ChildCpu.Reaped();
            var output = Exec(executable, ["-c", clients.ToString(CultureInfo.InvariantCulture), "-j", clients.ToString(CultureInfo.InvariantCulture),
                "-T", seconds.ToString(CultureInfo.InvariantCulture), name], environment);
            var cpu = CpuUse.Between(cpuBefore, CpuSample.Take());
            var client = ChildCpu.Reaped() - childBefore;
            // pgbench's backends must have exited (and been reaped into the postmaster's total) before the server is sampled.
            await WaitForNoConnectionsAsync(admin, name);
            TimeSpan? serverCpu = server is null ? null : PostgresCpu.Between(serverBefore!, server.Take());
            var tps = Tps().Match(output);
            if (!tps.Success) throw new InvalidOperationException("no 'tps = ... (without initial connection time)' in pgbench's output:\n" + output);
            var processed = Processed().Match(output);
            return new PgbenchResult(clients, double.Parse(tps.Groups[1].Value, CultureInfo.InvariantCulture),
                processed.Success ? long.Parse(processed.Groups[1].Value, CultureInfo.InvariantCulture) : 0, client, serverCpu, cpu, load);
        }
        finally
        {
            await BenchDatabase.DropPostgresDatabaseAsync(admin, name);
        }
    }

    private static async Task WaitForNoConnectionsAsync(string admin, string database)
    {
        await using var connection = new NpgsqlConnection(admin);
        await connection.OpenAsync();
        await using var count = new NpgsqlCommand("SELECT count(*) FROM pg_stat_activity WHERE datname = @name", connection);
        count.Parameters.AddWithValue("name", database);
        for (var i = 0; i < 100 && (long)(await count.ExecuteScalarAsync())! > 0; i++) await Task.Delay(50);
        await Task.Delay(200);
    }

    private static string Exec(string file, string[] arguments, Dictionary<string, string?> environment)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        foreach (var (key, value) in environment)
        {
            if (value is not null) start.Environment[key] = value;
        }
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} failed ({process.ExitCode}):\n{stderr.Result}{stdout.Result}");
        return stdout.Result + stderr.Result;
    }

    [GeneratedRegex(@"tps = ([0-9.]+) \(without initial connection time\)")]
    private static partial Regex Tps();

    [GeneratedRegex(@"number of transactions actually processed: ([0-9]+)")]
    private static partial Regex Processed();
}

internal sealed record PgbenchResult(int Clients, double Tps, long Transactions, TimeSpan ClientCpu, TimeSpan? ServerCpu, CpuUse Cpu, string Load)
{
    public double ClientCpuPerTransactionMs => Transactions == 0 ? double.NaN : ClientCpu.TotalMilliseconds / Transactions;
    public double ServerCpuPerTransactionMs => Transactions == 0 || ServerCpu is null ? double.NaN : ServerCpu.Value.TotalMilliseconds / Transactions;
}
