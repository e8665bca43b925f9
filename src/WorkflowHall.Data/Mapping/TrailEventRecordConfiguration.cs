using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkflowHall.Data.Records;
using static WorkflowHall.Data.HallDbContext;

namespace WorkflowHall.Data.Mapping;

internal sealed class TrailEventRecordConfiguration : IEntityTypeConfiguration<TrailEventRecord>
{
    public void Configure(EntityTypeBuilder<TrailEventRecord> builder)
    {
        builder.ToTable("trail_events");
        builder.HasKey(x => new { x.InstanceId, x.Sequence });
        builder.Property(x => x.WorkItemId).HasMaxLength(Limits.Code);
        builder.Property(x => x.Outcome).HasMaxLength(Limits.Code);
    }
}
