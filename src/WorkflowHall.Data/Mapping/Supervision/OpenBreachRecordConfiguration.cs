using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkflowHall.Data.Records.Supervision;
using static WorkflowHall.Data.HallDbContext;

namespace WorkflowHall.Data.Mapping.Supervision;

internal sealed class OpenBreachRecordConfiguration : IEntityTypeConfiguration<OpenBreachRecord>
{
    public void Configure(EntityTypeBuilder<OpenBreachRecord> builder)
    {
        builder.ToTable("supervision_open_breaches");
        builder.HasKey(x => x.DedupKey);
        builder.Property(x => x.DedupKey).HasMaxLength(SupervisionMapping.DedupKeyLength);
        builder.Property(x => x.SubjectId).HasMaxLength(Limits.Id * 2);
        builder.HasIndex(x => new { x.SubjectKind, x.SubjectId });
    }
}
