using Microsoft.EntityFrameworkCore;
using WorkflowHall.Data.Mapping;
using WorkflowHall.Data.Records;
using WorkflowHall.Data.Records.Hall;
using WorkflowHall.Data.Records.Supervision;

namespace WorkflowHall.Data;

/// <summary>
/// The hall's one EF Core model, for SQLite and PostgreSQL alike. Schema changes are hand-written
/// migrations in <c>Migrations/</c> (see its README): the model here and the migrations must agree,
/// which a test checks on both providers.
/// </summary>
public sealed class HallDbContext(DbContextOptions<HallDbContext> options) : DbContext(options)
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

    /// <summary>Every stored instant is UTC; SQLite hands it back without a kind, so it is marked UTC on the way in.</summary>
    protected override void ConfigureConventions(ModelConfigurationBuilder configuration) =>
        configuration.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();

    private sealed class UtcDateTimeConverter() : Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter<DateTime, DateTime>(
        value => value, stored => DateTime.SpecifyKind(stored, DateTimeKind.Utc));

    protected override void OnModelCreating(ModelBuilder model)
    {
        model.Entity<DefinitionVersionRecord>(e =>
        {
            e.ToTable("definition_versions");
            e.HasKey(x => x.Id);
            e.Property(x => x.Key).HasMaxLength(Limits.Key);
            e.Property(x => x.Name).HasMaxLength(Limits.Name);
            e.Property(x => x.PublishedBy).HasMaxLength(Limits.Actor);
            e.Property(x => x.RetiredBy).HasMaxLength(Limits.Actor);
            e.HasIndex(x => new { x.Key, x.Version }).IsUnique();
        });

        model.Entity<DefinitionDraftRecord>(e =>
        {
            e.ToTable("definition_drafts");
            e.HasKey(x => x.Key);
            e.Property(x => x.Key).HasMaxLength(Limits.Key);
            e.Property(x => x.Name).HasMaxLength(Limits.Name);
            e.Property(x => x.SavedBy).HasMaxLength(Limits.Actor);
            e.Property(x => x.Revision).IsConcurrencyToken();
        });

        model.Entity<InstanceRecord>(e =>
        {
            e.ToTable("instances");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).HasMaxLength(Limits.Id);
            e.Property(x => x.DefinitionKey).HasMaxLength(Limits.Key);
            e.Property(x => x.Status).HasMaxLength(Limits.Code);
            e.Property(x => x.HandlingUnit).HasMaxLength(Limits.Code);
            e.Property(x => x.BusinessKey).HasMaxLength(Limits.Id);
            e.Property(x => x.StartedBy).HasMaxLength(Limits.Actor);
            e.Property(x => x.EndNodeId).HasMaxLength(Limits.Id);
            e.Property(x => x.TrailHead).HasMaxLength(Limits.Hash);
            e.Property(x => x.Revision).IsConcurrencyToken();
            e.HasIndex(x => new { x.DefinitionKey, x.DefinitionVersion, x.Status });
            e.HasIndex(x => new { x.Status, x.EndedAt });
            e.HasIndex(x => x.UpdatedAt);
        });

        model.Entity<WorkItemRecord>(e =>
        {
            e.ToTable("work_items");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).HasMaxLength(Limits.Id * 2);
            e.Property(x => x.InstanceId).HasMaxLength(Limits.Id);
            e.Property(x => x.EngineId).HasMaxLength(Limits.Code);
            e.Property(x => x.DefinitionKey).HasMaxLength(Limits.Key);
            e.Property(x => x.NodeId).HasMaxLength(Limits.Id);
            e.Property(x => x.NodeName).HasMaxLength(Limits.Name);
            e.Property(x => x.Status).HasMaxLength(Limits.Code);
            e.Property(x => x.Assignee).HasMaxLength(Limits.Actor);
            e.Property(x => x.Owner).HasMaxLength(Limits.Actor);
            e.Property(x => x.CandidatePost).HasMaxLength(Limits.Code);
            e.Property(x => x.HandlingUnit).HasMaxLength(Limits.Code);
            e.Property(x => x.Stage).HasMaxLength(Limits.Code);
            // The inbox: open items of a post in a unit, by due time; and a person's own items.
            e.HasIndex(x => new { x.CandidatePost, x.HandlingUnit, x.DueAt });
            e.HasIndex(x => new { x.Assignee, x.DueAt });
            e.HasIndex(x => x.InstanceId);
            // "Where is it stuck": open items by process step.
            e.HasIndex(x => new { x.DefinitionKey, x.NodeId });
        });

        model.Entity<TimerRecord>(e =>
        {
            e.ToTable("timers");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).HasMaxLength(Limits.Id * 2);
            e.Property(x => x.InstanceId).HasMaxLength(Limits.Id);
            e.Property(x => x.EngineId).HasMaxLength(Limits.Code);
            e.Property(x => x.NodeId).HasMaxLength(Limits.Id);
            e.HasIndex(x => x.DueAt);
            e.HasIndex(x => x.InstanceId);
        });

        model.Entity<ServiceCallRecord>(e =>
        {
            e.ToTable("service_calls");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).HasMaxLength(Limits.Id * 2);
            e.Property(x => x.InstanceId).HasMaxLength(Limits.Id);
            e.Property(x => x.EngineId).HasMaxLength(Limits.Code);
            e.Property(x => x.NodeId).HasMaxLength(Limits.Id);
            e.Property(x => x.Handler).HasMaxLength(Limits.Name);
            e.HasIndex(x => x.InstanceId);
            e.HasIndex(x => x.NextAttemptAt);
            e.HasIndex(x => x.IncidentAt);
        });

        model.Entity<TrailEventRecord>(e =>
        {
            e.ToTable("trail_events");
            e.HasKey(x => new { x.InstanceId, x.Sequence });
            e.Property(x => x.InstanceId).HasMaxLength(Limits.Id);
            e.Property(x => x.Actor).HasMaxLength(Limits.Actor);
            e.Property(x => x.Kind).HasMaxLength(Limits.Code);
            e.Property(x => x.NodeId).HasMaxLength(Limits.Id);
            e.Property(x => x.WorkItemId).HasMaxLength(Limits.Code);
            e.Property(x => x.Outcome).HasMaxLength(Limits.Code);
            e.Property(x => x.StateHash).HasMaxLength(Limits.Hash);
            e.Property(x => x.PreviousHash).HasMaxLength(Limits.Hash);
            e.Property(x => x.Hash).HasMaxLength(Limits.Hash);
        });

        model.Entity<AuditRecord>(e =>
        {
            e.ToTable("audit_records");
            e.HasKey(x => x.Id);
            e.Property(x => x.Actor).HasMaxLength(Limits.Actor);
            e.Property(x => x.Action).HasMaxLength(Limits.Code);
            e.Property(x => x.Subject).HasMaxLength(Limits.Name);
            e.HasIndex(x => x.At);
        });

        model.Entity<ArchivedInstanceRecord>(e =>
        {
            e.ToTable("archived_instances");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).HasMaxLength(Limits.Id);
            e.Property(x => x.DefinitionKey).HasMaxLength(Limits.Key);
        });

        HallDomainMapping.Configure(model);
        SupervisionMapping.Configure(model);
        AdministrationMapping.Configure(model);
        PrivacyMapping.Configure(model);
        IntegrityMapping.Configure(model);
    }

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
