using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkflowHall.Data.Records.Supervision;
using static WorkflowHall.Data.HallDbContext;

namespace WorkflowHall.Data.Mapping.Supervision;

internal sealed class StepClosureRecordConfiguration : IEntityTypeConfiguration<StepClosureRecord>
{
    public void Configure(EntityTypeBuilder<StepClosureRecord> builder)
    {
        builder.ToTable("step_closures");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.WorkItemId).HasMaxLength(Limits.Id * 2);
        builder.Property(x => x.Reason).HasMaxLength(Limits.Code);
        builder.HasIndex(x => x.WorkItemId);
        builder.HasIndex(x => x.ClosedAt);
        builder.HasIndex(x => new { x.HandlingUnit, x.ClosedAt });
    }
}
