using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using WorkflowHall.Data.Cases;
using WorkflowHall.Data.Certificates;
using WorkflowHall.Data.Demo;
using WorkflowHall.Data.Identity;
using WorkflowHall.Data.Materials;
using WorkflowHall.Data.Matters;
using WorkflowHall.Data.Organisations;
using WorkflowHall.Data.Ratings;
using WorkflowHall.Data.Integrity;
using WorkflowHall.Data.Runtime;
using WorkflowHall.Data.Runtime.ServiceCalls;
using WorkflowHall.Data.Settings;
using WorkflowHall.Data.Supervision;
using WorkflowHall.Engine.Time;

namespace WorkflowHall.Data;

public static class DataServiceCollectionExtensions
{
    /// <summary>
    /// The hall's database, the durable engine (definitions, runtime, inbox, retention) and the hall's services (matters, cases, materials),
    /// with their settings bound from the configuration (<see cref="IConfiguration"/> in the container) and checked at start-up.
    /// The caller registers the <see cref="WorkingDayCalendar"/>.
    /// </summary>
    public static IServiceCollection AddHallData(this IServiceCollection services)
    {
        services.AddHallOptions<HallDatabaseOptions>(HallDatabaseOptions.Section);
        services.AddHallOptions<RetentionOptions>(RetentionOptions.Section);
        services.AddHallOptions<MaterialStoreOptions>(MaterialStoreOptions.Section);
        services.AddHallOptions<CertificateSigningOptions>(CertificateSigningOptions.Section);
        services.AddHallOptions<CertificatePdfOptions>(CertificatePdfOptions.Section);
        services.AddHallOptions<RatingOptions>(RatingOptions.Section);
        services.AddHallOptions<SupervisionOptions>(SupervisionOptions.Section);
        services.AddHallOptions<CheckpointOptions>(CheckpointOptions.Section);
        services.AddHallOptions<ServiceCallRetryOptions>(ServiceCallRetryOptions.Section);
        services.AddSingleton<IValidateOptions<ServiceCallRetryOptions>, ServiceCallRetryOptionsValidator>();

        // Pooled: a context per command is the runtime's unit of work, and pooling makes that cheap.
        services.AddPooledDbContextFactory<HallDbContext>((provider, builder) =>
            HallDatabase.Configure(builder, provider.GetRequiredService<IOptions<HallDatabaseOptions>>().Value));
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<DefinitionStore>();
        services.AddSingleton<WorkflowRuntime>();
        services.AddSingleton<InboxQuery>();
        services.AddSingleton<InstanceMigrations>();
        services.AddSingleton<RetentionSweep>();
        services.AddSingleton<ServiceCallIncidents>();

        // The hall's domain services.
        services.AddSingleton<MaterialStore>();
        services.AddSingleton<HallDirectory>();
        services.AddSingleton<MatterCatalog>();
        services.AddSingleton<CaseNumbers>();
        services.AddSingleton<CaseApplications>();
        services.AddSingleton<CaseActions>();
        services.AddSingleton<ICaseStepFollower, CaseRowFollower>();
        services.AddSingleton<AgentConsents>();
        services.AddSingleton<PersonalDataReveals>();
        services.AddSingleton<CertificatePdf>();
        services.AddSingleton<CertificateService>();
        services.AddSingleton<RatingService>();
        services.AddSingleton<RectificationService>();

        // Electronic supervision: the log, the sweep the scheduler runs, the auditors' queries.
        services.AddSingleton<SupervisionLog>();
        services.AddSingleton<SupervisionSweep>();
        services.AddSingleton<SupervisionQueries>();
        services.TryAddSingleton<DemoHallLoader>();

        // Signed checkpoints of the trails and the supervision log, with a key outside the database.
        services.AddSingleton<CheckpointKeys>();
        services.AddSingleton<CheckpointHeads>();
        services.AddSingleton<CheckpointWriter>();
        services.AddSingleton<CheckpointVerifier>();
        return services;
    }
}
