using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using WorkflowHall.Data.Hall;
using WorkflowHall.Data.Runtime;
using WorkflowHall.Engine.Time;

namespace WorkflowHall.Data;

public static class DataServiceCollectionExtensions
{
    /// <summary>
    /// The hall's database and the durable engine: context factory, definitions, runtime, inbox, retention;
    /// the organisation directory, the matter catalog and the demo hall loader.
    /// </summary>
    public static IServiceCollection AddHallData(this IServiceCollection services, HallDatabaseOptions database, WorkingDayCalendar calendar,
        RetentionOptions? retention = null)
    {
        services.AddDbContextFactory<HallDbContext>(builder => HallDatabase.Configure(builder, database));
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(database);
        services.AddSingleton(calendar);
        services.AddSingleton(retention ?? new RetentionOptions());
        services.AddSingleton<DefinitionStore>();
        services.AddSingleton<WorkflowRuntime>();
        services.AddSingleton<InboxQuery>();
        services.AddSingleton<InstanceMigrations>();
        services.AddSingleton<RetentionSweep>();
        services.TryAddSingleton<HallDirectory>();
        services.TryAddSingleton<MatterCatalog>();
        services.TryAddSingleton<DemoHallLoader>();
        return services;
    }
}
