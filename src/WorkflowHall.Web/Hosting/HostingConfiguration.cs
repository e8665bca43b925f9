using Microsoft.Extensions.Options;
using WorkflowHall.Data;
using WorkflowHall.Data.Certificates;
using WorkflowHall.Data.Integrity;
using WorkflowHall.Data.Materials;
using WorkflowHall.Data.Settings;
using WorkflowHall.Engine.Time;

namespace WorkflowHall.Web.Hosting;

/// <summary>
/// What runs before and beside the server: the host's own settings (<c>Hall</c>), the workflows folder with its working-day
/// calendars, the demo hall, the database start-up, and the files the settings name, anchored at the content root.
/// </summary>
internal static class HostingConfiguration
{
    public static IServiceCollection AddHallHosting(this IServiceCollection services)
    {
        services.AddHallOptions<HallHostOptions>(HallHostOptions.Section);
        services.AddSingleton(provider => WorkflowsFolder.Locate(provider.GetRequiredService<IOptions<HallHostOptions>>().Value.WorkflowsPath, ContentRoot(provider)));
        services.AddSingleton(provider => SamplesFolder.Locate(provider.GetRequiredService<IOptions<HallHostOptions>>().Value.SamplesPath, ContentRoot(provider)));
        services.AddSingleton<WorkingDayCalendar>(provider => CalendarLoader.Load(provider.GetRequiredService<WorkflowsFolder>()));
        services.AddSingleton<DemoHallSeed>();
        services.AddHostedService<DatabaseStartup>(); // first: the others start on a migrated, seeded database

        AnchorAtContentRoot<HallDatabaseOptions>(services, ContentRootPaths.Anchor);
        AnchorAtContentRoot<MaterialStoreOptions>(services, (materials, root) => materials.Root = ContentRootPaths.Anchor(materials.Root, root));
        AnchorAtContentRoot<CertificateSigningOptions>(services, (signing, root) => signing.KeyPath = ContentRootPaths.Anchor(signing.KeyPath, root));
        AnchorAtContentRoot<CheckpointOptions>(services, (checkpoints, root) =>
            checkpoints.CheckpointKeyPath = ContentRootPaths.Anchor(checkpoints.CheckpointKeyPath, root));
        return services;
    }

    private static void AnchorAtContentRoot<T>(IServiceCollection services, Action<T, string> anchor) where T : class =>
        services.AddOptions<T>().PostConfigure<IHostEnvironment>((options, environment) => anchor(options, environment.ContentRootPath));

    private static string ContentRoot(IServiceProvider provider) => provider.GetRequiredService<IHostEnvironment>().ContentRootPath;
}
