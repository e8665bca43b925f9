using Microsoft.EntityFrameworkCore;
using WorkflowHall.Data.Mapping;
using WorkflowHall.Data.Records;
using WorkflowHall.Data.Records.Hall;
using WorkflowHall.Data.Records.Supervision;

namespace WorkflowHall.Data;

/// <summary>
/// The hall's one EF Core model, for SQLite, PostgreSQL and SQL Server alike. Each provider's migrations
/// and model snapshot belong to a type derived from this one, used only to migrate (see <c>Migrations/README.md</c>).
/// </summary>
public class HallDbContext(DbContextOptions<HallDbContext> options) : DbContext(options)
{
    public DbSet<DefinitionVersionRecord> DefinitionVersions => Set<DefinitionVersionRecord>();
    public DbSet<DefinitionDraftRecord> DefinitionDrafts => Set<DefinitionDraftRecord>();
    public DbSet<InstanceRecord> Instances => Set<InstanceRecord>();
    public DbSet<WorkItemRecord> WorkItems => Set<WorkItemRecord>();
    public DbSet<TimerRecord> Timers => Set<TimerRecord>();
    public DbSet<ServiceCallRecord> ServiceCalls => Set<ServiceCallRecord>();
    public DbSet<TrailEventRecord> TrailEvents => Set<TrailEventRecord>();
    public DbSet<AuditRecord> AuditRecords => Set<AuditRecord>();
    public DbSet<ArchivedInstanceRecord> ArchivedInstances => Set<ArchivedInstanceRecord>();

    public DbSet<OrgUnitRecord> OrgUnits => Set<OrgUnitRecord>();
    public DbSet<PostRecord> Posts => Set<PostRecord>();
    public DbSet<PersonRecord> People => Set<PersonRecord>();
    public DbSet<PostHoldingRecord> PostHoldings => Set<PostHoldingRecord>();
    public DbSet<MatterRecord> Matters => Set<MatterRecord>();
    public DbSet<MatterVersionRecord> MatterVersions => Set<MatterVersionRecord>();
    public DbSet<CaseRecord> Cases => Set<CaseRecord>();
    public DbSet<StoredFileRecord> StoredFiles => Set<StoredFileRecord>();
    public DbSet<CaseMaterialRecord> CaseMaterials => Set<CaseMaterialRecord>();
    public DbSet<SpecialProcedureRecord> SpecialProcedures => Set<SpecialProcedureRecord>();
    public DbSet<CaseNumberCounterRecord> CaseNumberCounters => Set<CaseNumberCounterRecord>();
    public DbSet<CertificateRecord> Certificates => Set<CertificateRecord>();
    public DbSet<SigningKeyRecord> SigningKeys => Set<SigningKeyRecord>();
    public DbSet<RatingRecord> Ratings => Set<RatingRecord>();
    public DbSet<RectificationRecord> Rectifications => Set<RectificationRecord>();
    public DbSet<RectificationFollowUpRecord> RectificationFollowUps => Set<RectificationFollowUpRecord>();

    public DbSet<SupervisionRecord> SupervisionLog => Set<SupervisionRecord>();
    public DbSet<OpenBreachRecord> OpenBreaches => Set<OpenBreachRecord>();
    public DbSet<NotificationRecord> Notifications => Set<NotificationRecord>();
    public DbSet<StepClosureRecord> StepClosures => Set<StepClosureRecord>();

    public DbSet<CalendarYearRecord> CalendarYears => Set<CalendarYearRecord>();
    public DbSet<HallSettingRecord> HallSettings => Set<HallSettingRecord>();
    public DbSet<PersonalDataRevealRecord> PersonalDataReveals => Set<PersonalDataRevealRecord>();

    public DbSet<Records.Integrity.CheckpointRecord> Checkpoints => Set<Records.Integrity.CheckpointRecord>();

    /// <summary>
    /// Every stored instant is UTC; SQLite hands it back without a kind, so it is marked UTC on the way in.
    /// A string column's length follows from its name (<see cref="ColumnLengthConvention"/>).
    /// </summary>
    protected override void ConfigureConventions(ModelConfigurationBuilder configuration)
    {
        configuration.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configuration.Conventions.Add(_ => new ColumnLengthConvention());
    }

    private sealed class UtcDateTimeConverter() : Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter<DateTime, DateTime>(
        value => value, stored => DateTime.SpecifyKind(stored, DateTimeKind.Utc));

    /// <summary>Each record's table, keys, indexes and exceptional lengths: one configuration per record in <c>Mapping/</c>.</summary>
    protected override void OnModelCreating(ModelBuilder model) =>
        model.ApplyConfigurationsFromAssembly(typeof(HallDbContext).Assembly,
            type => type.Namespace?.StartsWith(typeof(ColumnLengthConvention).Namespace!, StringComparison.Ordinal) == true);

    /// <summary>Column lengths, shared by the model and the migrations.</summary>
    internal static class Limits
    {
        public const int Id = 100;
        public const int Key = 100;
        public const int Name = 200;
        public const int Actor = 100;
        public const int Code = 50;
        public const int Hash = 64;
    }
}
