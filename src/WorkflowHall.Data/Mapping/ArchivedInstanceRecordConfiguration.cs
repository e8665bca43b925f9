using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkflowHall.Data.Records;
using static WorkflowHall.Data.HallDbContext;

namespace WorkflowHall.Data.Mapping;

internal sealed class ArchivedInstanceRecordConfiguration : IEntityTypeConfiguration<ArchivedInstanceRecord>
{
    public void Configure(EntityTypeBuilder<ArchivedInstanceRecord> builder)
    {
        builder.ToTable("archived_instances");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).HasMaxLength(Limits.Id);
    }
}
