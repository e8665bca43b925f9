using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkflowHall.Data.Records.Integrity;
using static WorkflowHall.Data.HallDbContext;

namespace WorkflowHall.Data.Mapping.Integrity;

internal sealed class CheckpointRecordConfiguration : IEntityTypeConfiguration<CheckpointRecord>
{
    public void Configure(EntityTypeBuilder<CheckpointRecord> builder)
    {
        builder.ToTable("integrity_checkpoints");
        builder.HasKey(x => new { x.Log, x.Number });
        builder.Property(x => x.Log).HasMaxLength(Limits.Code);
        builder.Property(x => x.Number).ValueGeneratedNever();
        builder.Property(x => x.Subject).HasMaxLength(Limits.Id);
        // An instance's checkpoints, newest first.
        builder.HasIndex(x => new { x.Log, x.Subject, x.Through });
    }
}
