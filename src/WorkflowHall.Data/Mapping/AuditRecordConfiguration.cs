using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkflowHall.Data.Records;
using static WorkflowHall.Data.HallDbContext;

namespace WorkflowHall.Data.Mapping;

internal sealed class AuditRecordConfiguration : IEntityTypeConfiguration<AuditRecord>
{
    public void Configure(EntityTypeBuilder<AuditRecord> builder)
    {
        builder.ToTable("audit_records");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Action).HasMaxLength(Limits.Code);
        builder.Property(x => x.Subject).HasMaxLength(Limits.Name);
        builder.HasIndex(x => x.At);
    }
}
