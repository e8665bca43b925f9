using Microsoft.EntityFrameworkCore;
using WorkflowHall.Data.Records;
using WorkflowHall.Data.Records.Hall;
using WorkflowHall.Data.Records.Supervision;
using static WorkflowHall.Data.HallDbContext;

namespace WorkflowHall.Data.Mapping;

/// <summary>Electronic supervision: the hash-chained log, its open breaches, notifications, closed steps, and what the sweep finds due by.</summary>
internal static class SupervisionMapping
{
    public const int DedupKeyLength = 400;

    public static void Configure(ModelBuilder model)
    {
        model.Entity<SupervisionRecord>(e =>
        {
            e.ToTable("supervision_log");
            e.HasKey(x => x.Sequence);
            e.Property(x => x.Sequence).ValueGeneratedNever();
            e.Property(x => x.RecordNumber).HasMaxLength(20);
            e.Property(x => x.CaseId).HasMaxLength(Limits.Id);
            e.Property(x => x.CaseNumber).HasMaxLength(Limits.Id);
            e.Property(x => x.MatterType).HasMaxLength(Limits.Code);
            e.Property(x => x.ImplementationCode).HasMaxLength(Limits.Code);
            e.Property(x => x.UnitCode).HasMaxLength(Limits.Code);
            e.Property(x => x.ResponsibleUnit).HasMaxLength(Limits.Code);
            e.Property(x => x.SubjectKind).HasMaxLength(Limits.Code);
            e.Property(x => x.SubjectId).HasMaxLength(Limits.Id * 2);
            e.Property(x => x.NodeId).HasMaxLength(Limits.Id);
            e.Property(x => x.StepName).HasMaxLength(Limits.Name);
            e.Property(x => x.Post).HasMaxLength(Limits.Code);
            e.Property(x => x.Assignee).HasMaxLength(Limits.Actor);
            e.Property(x => x.RuleCode).HasMaxLength(Limits.Code);
            e.Property(x => x.DedupKey).HasMaxLength(DedupKeyLength);
            e.Property(x => x.PreviousHash).HasMaxLength(Limits.Hash);
            e.Property(x => x.Hash).HasMaxLength(Limits.Hash);
            e.HasIndex(x => x.DedupKey).IsUnique();
            e.HasIndex(x => x.RecordNumber).IsUnique();
            // Auditors' filters: by period, by unit, by matter; a subject's history; a breach's correction.
            e.HasIndex(x => x.NoticedAt);
            e.HasIndex(x => new { x.UnitCode, x.NoticedAt });
            e.HasIndex(x => new { x.ImplementationCode, x.NoticedAt });
            e.HasIndex(x => new { x.SubjectId, x.RuleCode });
            e.HasIndex(x => x.CorrectsSequence);
        });

        model.Entity<OpenBreachRecord>(e =>
        {
            e.ToTable("supervision_open_breaches");
            e.HasKey(x => x.DedupKey);
            e.Property(x => x.DedupKey).HasMaxLength(DedupKeyLength);
            e.Property(x => x.SubjectKind).HasMaxLength(Limits.Code);
            e.Property(x => x.SubjectId).HasMaxLength(Limits.Id * 2);
            e.Property(x => x.RuleCode).HasMaxLength(Limits.Code);
            e.HasIndex(x => new { x.SubjectKind, x.SubjectId });
        });

        model.Entity<NotificationRecord>(e =>
        {
            e.ToTable("notifications");
            e.HasKey(x => x.Id);
            e.Property(x => x.Recipient).HasMaxLength(Limits.Actor);
            e.Property(x => x.Post).HasMaxLength(Limits.Code);
            e.Property(x => x.UnitCode).HasMaxLength(Limits.Code);
            e.Property(x => x.Subject).HasMaxLength(Limits.Name);
            e.HasIndex(x => new { x.Recipient, x.At });
            e.HasIndex(x => x.SupervisionSequence);
        });

        model.Entity<StepClosureRecord>(e =>
        {
            e.ToTable("step_closures");
            e.HasKey(x => x.Id);
            e.Property(x => x.WorkItemId).HasMaxLength(Limits.Id * 2);
            e.Property(x => x.InstanceId).HasMaxLength(Limits.Id);
            e.Property(x => x.NodeId).HasMaxLength(Limits.Id);
            e.Property(x => x.NodeName).HasMaxLength(Limits.Name);
            e.Property(x => x.HandlingUnit).HasMaxLength(Limits.Code);
            e.Property(x => x.CandidatePost).HasMaxLength(Limits.Code);
            e.Property(x => x.ClosedBy).HasMaxLength(Limits.Actor);
            e.Property(x => x.Reason).HasMaxLength(Limits.Code);
            e.HasIndex(x => x.WorkItemId);
            e.HasIndex(x => x.ClosedAt);
            e.HasIndex(x => new { x.HandlingUnit, x.ClosedAt });
        });

        // What the sweep finds due by: one indexed column each, so a sweep reads only what fell due.
        model.Entity<WorkItemRecord>(e => e.HasIndex(x => x.SuperviseAt));
        model.Entity<CaseRecord>(e =>
        {
            e.HasIndex(x => x.SuperviseAt);
            e.HasIndex(x => x.DecidedAt);
            // The dashboard's applications in a period (online application rate).
            e.HasIndex(x => x.SubmittedAt);
        });
    }
}
