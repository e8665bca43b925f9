using Microsoft.Extensions.Options;
using WorkflowHall.Data.Demo;

namespace WorkflowHall.Web.Hosting;

/// <summary>
/// Makes a fresh hall a living one: when <see cref="HallHostOptions.SeedDemo"/> is on (the default) and
/// the demo hall is found, loads its organisations, people, workflows and matters. What is already in the
/// database is kept, so restarting changes nothing. A demo file that does not read stops the host.
/// </summary>
internal sealed class DemoHallSeed(DemoHallLoader loader, IOptions<HallHostOptions> options, SamplesFolder samples, WorkflowsFolder workflows,
    ILogger<DemoHallSeed> logger)
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.SeedDemo)
        {
            Log.DemoSeedingOff(logger, $"{HallHostOptions.Section}:{nameof(HallHostOptions.SeedDemo)}");
            return;
        }
        if (samples.Path is not { } path || !File.Exists(Path.Combine(path, "organisations.json")))
        {
            Log.DemoHallMissing(logger, samples.Path ?? SamplesFolder.FolderName);
            return;
        }

        var report = await loader.LoadAsync(new DemoHallSource(path, workflows.Path), cancellationToken);
        Log.DemoHallSeeded(logger, path, report.ToString());
    }
}
