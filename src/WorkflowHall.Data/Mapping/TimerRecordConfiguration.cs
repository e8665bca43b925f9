using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkflowHall.Data.Records;
using static WorkflowHall.Data.HallDbContext;

namespace WorkflowHall.Data.Mapping;

internal sealed class TimerRecordConfiguration : IEntityTypeConfiguration<TimerRecord>
{
    public void Configure(EntityTypeBuilder<TimerRecord> builder)
    {
        builder.ToTable("timers");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).HasMaxLength(Limits.Id * 2);
        builder.HasIndex(x => x.DueAt);
        builder.HasIndex(x => x.InstanceId);
    }
}
