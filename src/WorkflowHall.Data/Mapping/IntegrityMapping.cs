using Microsoft.EntityFrameworkCore;
using WorkflowHall.Data.Records.Integrity;
using static WorkflowHall.Data.HallDbContext;

namespace WorkflowHall.Data.Mapping;

/// <summary>Signed checkpoints of the hash-chained logs.</summary>
internal static class IntegrityMapping
{
    public static void Configure(ModelBuilder model)
    {
        model.Entity<CheckpointRecord>(e =>
        {
            e.ToTable("integrity_checkpoints");
            e.HasKey(x => new { x.Log, x.Number });
            e.Property(x => x.Log).HasMaxLength(Limits.Code);
            e.Property(x => x.Number).ValueGeneratedNever();
            e.Property(x => x.Subject).HasMaxLength(Limits.Id);
            e.Property(x => x.KeyId).HasMaxLength(Limits.Code);
            // An instance's checkpoints, newest first.
            e.HasIndex(x => new { x.Log, x.Subject, x.Through });
        });
    }
}
