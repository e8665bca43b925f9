using System.Diagnostics;

namespace WorkflowHall.Durable.Bench;

/// <summary>CPU use around a measurement: this process, the whole machine (from /proc/stat) and the load average.</summary>
internal readonly record struct CpuSample(TimeSpan ProcessCpu, TimeSpan ProcessSystemCpu, long Allocated, int Gen0, int Gen2, TimeSpan GcPause, long MachineBusy, long MachineTotal, DateTime At)
{
    public static CpuSample Take()
    {
        long busy = 0, total = 0;
        try
        {
            // cpu  user nice system idle iowait irq softirq steal ...
            var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(long.Parse).ToArray();
            total = fields.Take(8).Sum();
            busy = total - fields[3] - fields[4];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
        }
        using var self = Process.GetCurrentProcess();
        return new CpuSample(self.TotalProcessorTime, self.PrivilegedProcessorTime, GC.GetTotalAllocatedBytes(), GC.CollectionCount(0), GC.CollectionCount(2), GC.GetTotalPauseDuration(),
            busy, total, DateTime.UtcNow);
    }

    public static string LoadAverage()
    {
        try
        {
            return string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }
        catch (IOException)
        {
            return "?";
        }
    }
}

/// <summary>What happened on the CPUs between two samples, as shares of the whole machine.</summary>
internal readonly record struct CpuUse(double ProcessShare, double MachineShare, TimeSpan ProcessCpu, TimeSpan ProcessSystemCpu, long Allocated, int Gen0, int Gen2, TimeSpan GcPause)
{
    public static CpuUse Between(CpuSample a, CpuSample b)
    {
        var wall = (b.At - a.At).TotalSeconds * Environment.ProcessorCount;
        var process = b.ProcessCpu - a.ProcessCpu;
        var machine = b.MachineTotal > a.MachineTotal ? (double)(b.MachineBusy - a.MachineBusy) / (b.MachineTotal - a.MachineTotal) : double.NaN;
        return new CpuUse(wall > 0 ? process.TotalSeconds / wall : double.NaN, machine, process, b.ProcessSystemCpu - a.ProcessSystemCpu,
            b.Allocated - a.Allocated, b.Gen0 - a.Gen0, b.Gen2 - a.Gen2, b.GcPause - a.GcPause);
    }
}

/// <summary>
/// CPU used by a local PostgreSQL server (postmaster and every backend), from /proc, so the engine's
/// and pgbench's server-side cost can be compared. Only works when the server runs on this machine
/// and its data directory is readable (the throwaway cluster of .ci/postgres.sh is).
/// </summary>
internal sealed class PostgresCpu
{
    private const double TicksPerSecond = 100; // USER_HZ on Linux
    private readonly int _postmaster;

    private PostgresCpu(int postmaster) => _postmaster = postmaster;

    public static async Task<PostgresCpu?> FindAsync(string admin)
    {
        try
        {
            await using var connection = new Npgsql.NpgsqlConnection(admin);
            await connection.OpenAsync();
            await using var command = new Npgsql.NpgsqlCommand("SHOW data_directory", connection);
            var dataDirectory = (string)(await command.ExecuteScalarAsync())!;
            var pid = int.Parse(File.ReadLines(Path.Combine(dataDirectory, "postmaster.pid")).First());
            return File.Exists($"/proc/{pid}/stat") ? new PostgresCpu(pid) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or Npgsql.NpgsqlException)
        {
            return null;
        }
    }

    /// <summary>The postmaster's own and reaped children's CPU, and each live child's.</summary>
    public Sample Take()
    {
        var children = new Dictionary<int, long>();
        var own = Stat(_postmaster) is { } p ? p.Own + p.Children : 0;
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid) || Stat(pid) is not { } s || s.Parent != _postmaster) continue;
            children[pid] = s.Own;
        }
        return new Sample(own, children);
    }

    public static TimeSpan Between(Sample a, Sample b)
    {
        var ticks = b.Postmaster - a.Postmaster;
        foreach (var (pid, cpu) in b.Children) ticks += cpu - a.Children.GetValueOrDefault(pid);
        // Children gone since the first sample were reaped into the postmaster's total with all their CPU.
        foreach (var (pid, cpu) in a.Children)
        {
            if (!b.Children.ContainsKey(pid)) ticks -= cpu;
        }
        return TimeSpan.FromSeconds(ticks / TicksPerSecond);
    }

    /// <summary>utime+stime, cutime+cstime and the parent pid of a process.</summary>
    private static (long Own, long Children, int Parent)? Stat(int pid)
    {
        try
        {
            var text = File.ReadAllText($"/proc/{pid}/stat");
            var fields = text[(text.LastIndexOf(')') + 2)..].Split(' ');
            // fields[0] is the state (field 3); ppid is field 4, utime..cstime are fields 14..17.
            return (long.Parse(fields[11]) + long.Parse(fields[12]), long.Parse(fields[13]) + long.Parse(fields[14]), int.Parse(fields[1]));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
        {
            return null;
        }
    }

    public sealed record Sample(long Postmaster, Dictionary<int, long> Children);
}

internal static class ChildCpu
{
    /// <summary>CPU of this process's reaped children (pgbench), from /proc/self/stat.</summary>
    public static TimeSpan Reaped()
    {
        try
        {
            var text = File.ReadAllText("/proc/self/stat");
            var fields = text[(text.LastIndexOf(')') + 2)..].Split(' ');
            return TimeSpan.FromSeconds((long.Parse(fields[13]) + long.Parse(fields[14])) / 100.0);
        }
        catch (Exception e) when (e is IOException or FormatException or IndexOutOfRangeException)
        {
            return TimeSpan.Zero;
        }
    }
}
