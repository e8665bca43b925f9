// The hall's own throughput: whole cases with uploads (apply → accept → review → approve → issue with a
// signed certificate) beside the bare durable engine running the same process in the same run, and
// certificate issue and verification beside raw ECDSA signing and verifying.
//
//   dotnet run -c Release --project bench/WorkflowHall.Hall.Bench -- [cases per client] [providers]
using WorkflowHall.Hall.Bench;

var cases = args.Length > 0 ? int.Parse(args[0]) : 200;
var providers = args.Length > 1 ? args[1].Split(',') : ["sqlite", "postgres"];
Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}, {DateTime.UtcNow:yyyy-MM-dd}");
Console.WriteLine($"each case: two 200 KB PDF uploads, apply, accept, review, approve, issue (a signed certificate)");

foreach (var provider in providers)
{
    if (provider == "postgres" && Environment.GetEnvironmentVariable("WORKFLOWHALL_BENCH_POSTGRES") is null && Environment.GetEnvironmentVariable("WORKFLOWHALL_TEST_POSTGRES") is null)
    {
        Console.WriteLine("postgres: skipped (set WORKFLOWHALL_BENCH_POSTGRES or run `. .ci/postgres.sh`)");
        continue;
    }
    foreach (var clients in new[] { 1, 4 })
    {
        await using var hall = await BenchHall.CreateAsync(provider, Program.Root);
        await Lifecycle.RunAsync(hall, Math.Max(10, cases / 10), clients); // warm-up
        var engine = await Lifecycle.EngineOnlyAsync(hall, cases, clients);
        var full = await Lifecycle.RunAsync(hall, cases, clients);
        Console.WriteLine($"{provider,-8} {clients} client(s): hall {full.PerSecond,8:F1} cases/s ({full.Count} cases, {full.Seconds:F1} s)   bare engine {engine.PerSecond,8:F1} cases/s   hall/engine {full.PerSecond / engine.PerSecond:P0}");
    }

    await using (var hall = await BenchHall.CreateAsync(provider, Program.Root))
    {
        var certificates = await CertificateRates.RunAsync(hall, Math.Max(cases * 5, 500));
        Console.WriteLine($"{provider,-8} certificates: issue {certificates.IssuePerSecond,8:F0}/s (raw ECDSA sign {certificates.RawSignPerSecond,8:F0}/s), verify {certificates.VerifyPerSecond,8:F0}/s (raw ECDSA verify {certificates.RawVerifyPerSecond,8:F0}/s)");
    }
}

internal static partial class Program
{
    public static string Root
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "WorkflowHall.sln"))) dir = dir.Parent;
            return dir?.FullName ?? Directory.GetCurrentDirectory();
        }
    }
}
