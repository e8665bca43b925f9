// Runs the standard five-step approval end to end through the pure core, then the same BPMN file in
// bpmn-engine (Node.js) in the same run, and prints both rates and their ratio.
//
//   dotnet run -c Release --project bench/WorkflowHall.Engine.Bench -- [ourCases] [peerCases]
using System.Diagnostics;
using System.Text.Json;
using WorkflowHall.Engine.Bench;

var ourCases = args.Length > 0 ? int.Parse(args[0]) : 20_000;
var peerCases = args.Length > 1 ? int.Parse(args[1]) : 1_000;
var root = RepositoryRoot();
var bpmnPath = Path.Combine(root, "workflows", "standard-approval.bpmn");

Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}, {DateTime.UtcNow:yyyy-MM-dd}");
Console.WriteLine($"process: {Path.GetRelativePath(root, bpmnPath)} (start + 4 completions per case)");

var core = new StandardCaseRunner(File.ReadAllText(bpmnPath));
core.Run(Math.Min(ourCases, 2_000)); // warm-up: JIT and expression caches
var ours = core.Run(ourCases);
Console.WriteLine($"WorkflowHall core : {ours.Cases,8} cases in {ours.Seconds,7:F3} s = {ours.CasesPerSecond,10:F0} cases/s, {ours.CompletionsPerSecond,10:F0} completions/s, {ours.TrailEventsPerCase:F1} trail events/case");

var peer = RunPeer(root, bpmnPath, peerCases);
if (peer is null)
{
    Console.WriteLine("bpmn-engine       : not run (node or npm not available)");
    return;
}
Console.WriteLine($"bpmn-engine {peer.Value.Version,-6}: {peer.Value.Cases,8} cases in {peer.Value.Seconds,7:F3} s = {peer.Value.CasesPerSecond,10:F0} cases/s, {peer.Value.CompletionsPerSecond,10:F0} completions/s");
Console.WriteLine($"ratio             : {ours.CasesPerSecond / peer.Value.CasesPerSecond:F0}x cases/s (aim: at least 50x)");

static (string Version, int Cases, double Seconds, double CasesPerSecond, double CompletionsPerSecond)? RunPeer(string root, string bpmnPath, int cases)
{
    var peerDir = Path.Combine(root, "bench", "peer");
    try
    {
        if (!Directory.Exists(Path.Combine(peerDir, "node_modules")) && Exec("npm", "ci --no-audit --no-fund", peerDir) is null) return null;
        var output = Exec("node", $"run-bpmn-engine.mjs \"{bpmnPath}\" {cases}", peerDir);
        var line = output?.Split('\n').LastOrDefault(l => l.TrimStart().StartsWith('{'));
        if (line is null) return null;
        var json = JsonDocument.Parse(line).RootElement;
        return (json.GetProperty("version").GetString() ?? "?", json.GetProperty("cases").GetInt32(), json.GetProperty("seconds").GetDouble(),
            json.GetProperty("casesPerSecond").GetDouble(), json.GetProperty("completionsPerSecond").GetDouble());
    }
    catch (System.ComponentModel.Win32Exception)
    {
        return null;
    }
}

static string? Exec(string file, string arguments, string workingDirectory)
{
    using var process = Process.Start(new ProcessStartInfo(file, arguments)
    {
        WorkingDirectory = workingDirectory,
        RedirectStandardOutput = true,
        RedirectStandardError = true,
    })!;
    var stdout = process.StandardOutput.ReadToEndAsync();
    var stderr = process.StandardError.ReadToEndAsync();
    process.WaitForExit();
    if (process.ExitCode == 0) return stdout.Result;
    Console.Error.WriteLine($"{file} {arguments} failed: {stderr.Result}");
    return null;
}

static string RepositoryRoot()
{
    var dir = new DirectoryInfo(AppContext.BaseDirectory);
    while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "WorkflowHall.sln"))) dir = dir.Parent;
    return dir?.FullName ?? Directory.GetCurrentDirectory();
}
