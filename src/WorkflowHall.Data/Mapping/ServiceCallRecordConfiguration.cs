using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkflowHall.Data.Records;
using static WorkflowHall.Data.HallDbContext;

namespace WorkflowHall.Data.Mapping;

internal sealed class ServiceCallRecordConfiguration : IEntityTypeConfiguration<ServiceCallRecord>
{
    public void Configure(EntityTypeBuilder<ServiceCallRecord> builder)
    {
        builder.ToTable("service_calls");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).HasMaxLength(Limits.Id * 2);
        builder.Property(x => x.Handler).HasMaxLength(Limits.Name);
        builder.HasIndex(x => x.InstanceId);
        builder.HasIndex(x => x.NextAttemptAt); // the sweep's "due now"
        builder.HasIndex(x => x.IncidentAt); // the incidents list
    }
}
