using System.Diagnostics;
using WorkflowHall.Data;
using WorkflowHall.Data.Cases;
using WorkflowHall.Data.Runtime;
using WorkflowHall.Engine.Execution.Commands;

namespace WorkflowHall.Hall.Bench;

internal readonly record struct Rate(int Count, double Seconds)
{
    public double PerSecond => Count / Seconds;
}

/// <summary>Whole cases through the hall's services, and the bare durable engine on the same process for comparison.</summary>
internal static class Lifecycle
{
    private static readonly byte[] Scan = MakeScan();

    public static async Task<Rate> RunAsync(BenchHall hall, int casesPerClient, int clients)
    {
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(client => Task.Run(async () =>
        {
            var services = hall.Services(TimeProvider.System);
            for (var i = 0; i < casesPerClient; i++) await OneCaseAsync(services, client, i);
        })));
        return new Rate(casesPerClient * clients, watch.Elapsed.TotalSeconds);
    }

    public static async Task<Rate> EngineOnlyAsync(BenchHall hall, int casesPerClient, int clients)
    {
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(client => Task.Run(async () =>
        {
            var services = hall.Services(TimeProvider.System);
            for (var i = 0; i < casesPerClient; i++)
            {
                var started = await services.Runtime.StartAsync(new StartRequest("standard-approval", "applicant")
                {
                    HandlingUnit = BenchHall.Unit, Variables = new Dictionary<string, object?> { ["applicant"] = "applicant" },
                });
                var state = started.State!;
                foreach (var outcome in new[] { "accept", "review", "approve", "issue" })
                {
                    var done = await services.Runtime.ExecuteAsync(state.InstanceId, new CompleteWorkItem("clerk", state.WorkItems[0].Id) { Outcome = outcome });
                    state = done.State ?? throw new InvalidOperationException(done.Rejection?.ToString());
                }
            }
        })));
        return new Rate(casesPerClient * clients, watch.Elapsed.TotalSeconds);
    }

    private static async Task OneCaseAsync(HallServices hall, int client, int index)
    {
        var form = Check(await hall.Materials.SaveAsync(new MemoryStream(Unique(client, index, 1)), "申请表.pdf", Scan.Length));
        var map = Check(await hall.Materials.SaveAsync(new MemoryStream(Unique(client, index, 2)), "示意图.pdf", Scan.Length));
        var applied = Check(await hall.Applications.ApplyAsync(new ApplyRequest(BenchHall.MatterCode, "440106199001011235", "王强", "applicant")
        {
            Materials = [new SubmittedMaterial("野外用火申请表") { Sha256 = form.Sha256 }, new SubmittedMaterial("用火区域示意图") { Sha256 = map.Sha256 }],
        }));
        Check(await hall.Actions.AcceptAsync(applied.Id, BenchHall.Clerks[0], "予以受理"));
        Check(await hall.Actions.ReviewAsync(applied.Id, BenchHall.Clerks[1], "符合条件"));
        Check(await hall.Actions.ApproveAsync(applied.Id, BenchHall.Clerks[2], "同意"));
        Check(await hall.Actions.IssueAsync(applied.Id, BenchHall.Clerks[3], "窗口领取"));
    }

    private static T Check<T>(HallResult<T> result) => result.Succeeded ? result.Value! : throw new InvalidOperationException(result.Error!.ToString());

    /// <summary>A 200 KB "scan" whose bytes differ per case, so every upload is really stored.</summary>
    private static byte[] Unique(int client, int index, int part)
    {
        var copy = (byte[])Scan.Clone();
        BitConverter.TryWriteBytes(copy.AsSpan(16), client * 1_000_000L + index * 10L + part);
        return copy;
    }

    private static byte[] MakeScan()
    {
        var bytes = new byte[200 * 1024];
        new Random(7).NextBytes(bytes);
        "%PDF-1.7\n"u8.CopyTo(bytes);
        return bytes;
    }
}
