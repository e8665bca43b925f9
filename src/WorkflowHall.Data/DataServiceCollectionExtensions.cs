using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
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
using WorkflowHall.Data.Supervision;
using WorkflowHall.Engine.Time;

namespace WorkflowHall.Data;

public static class DataServiceCollectionExtensions
{
    /// <summary>The hall's database, the durable engine (definitions, runtime, inbox, retention) and the hall's services (matters, cases, materials).</summary>
    public static IServiceCollection AddHallData(this IServiceCollection services, HallDatabaseOptions database, WorkingDayCalendar calendar,
        RetentionOptions? retention = null)
    {
        // Pooled: a context per command is the runtime's unit of work, and pooling makes that cheap.
        services.AddPooledDbContextFactory<HallDbContext>(builder => HallDatabase.Configure(builder, database));
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(database);
        services.AddSingleton(calendar);
        services.AddSingleton(retention ?? new RetentionOptions());
        services.AddSingleton<DefinitionStore>();
        services.AddSingleton<WorkflowRuntime>();
        services.AddSingleton<InboxQuery>();
        services.AddSingleton<InstanceMigrations>();
        services.AddSingleton<RetentionSweep>();
        services.AddSingleton<Runtime.ServiceCalls.ServiceCallIncidents>();

        // The hall's domain services.
        services.TryAddSingleton(new MaterialStoreOptions());
        services.AddSingleton<MaterialStore>();
        services.AddSingleton<HallDirectory>();
        services.AddSingleton<MatterCatalog>();
        services.AddSingleton<CaseNumbers>();
        services.AddSingleton<CaseApplications>();
        services.AddSingleton<CaseActions>();
        services.AddSingleton<ICaseStepFollower, CaseRowFollower>();
        services.AddSingleton<AgentConsents>();
        services.AddSingleton<PersonalDataReveals>();
        services.TryAddSingleton(new CertificateSigningOptions());
        services.TryAddSingleton(new CertificatePdfOptions());
        services.AddSingleton<CertificatePdf>();
        services.AddSingleton<CertificateService>();
        services.TryAddSingleton(new RatingOptions());
        services.AddSingleton<RatingService>();
        services.AddSingleton<RectificationService>();

        // Electronic supervision: the log, the sweep the scheduler runs, the auditors' queries.
        services.TryAddSingleton(new SupervisionOptions());
        services.AddSingleton<SupervisionLog>();
        services.AddSingleton<SupervisionSweep>();
        services.AddSingleton<SupervisionQueries>();
        services.TryAddSingleton<DemoHallLoader>();

        // Signed checkpoints of the trails and the supervision log, with a key outside the database.
        services.TryAddSingleton(new CheckpointOptions());
        services.AddSingleton<CheckpointKeys>();
        services.AddSingleton<CheckpointHeads>();
        services.AddSingleton<CheckpointWriter>();
        services.AddSingleton<CheckpointVerifier>();
        return services;
    }
}
