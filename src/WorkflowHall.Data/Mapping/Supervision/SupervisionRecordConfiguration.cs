using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkflowHall.Data.Records.Supervision;
using static WorkflowHall.Data.HallDbContext;

namespace WorkflowHall.Data.Mapping.Supervision;

internal sealed class SupervisionRecordConfiguration : IEntityTypeConfiguration<SupervisionRecord>
{
    public void Configure(EntityTypeBuilder<SupervisionRecord> builder)
    {
        builder.ToTable("supervision_log");
        builder.HasKey(x => x.Sequence);
        builder.Property(x => x.Sequence).ValueGeneratedNever();
        builder.Property(x => x.RecordNumber).HasMaxLength(20);
        builder.Property(x => x.MatterType).HasMaxLength(Limits.Code);
        builder.Property(x => x.SubjectId).HasMaxLength(Limits.Id * 2);
        builder.Property(x => x.DedupKey).HasMaxLength(SupervisionMapping.DedupKeyLength);
        builder.HasIndex(x => x.DedupKey).IsUnique();
        builder.HasIndex(x => x.RecordNumber).IsUnique();
        // Auditors' filters: by period, by unit, by matter; a subject's history; a breach's correction.
        builder.HasIndex(x => x.NoticedAt);
        builder.HasIndex(x => new { x.UnitCode, x.NoticedAt });
        builder.HasIndex(x => new { x.ImplementationCode, x.NoticedAt });
        builder.HasIndex(x => new { x.SubjectId, x.RuleCode });
        builder.HasIndex(x => x.CorrectsSequence);
    }
}
