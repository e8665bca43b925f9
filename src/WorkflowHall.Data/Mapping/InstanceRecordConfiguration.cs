using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkflowHall.Data.Records;
using static WorkflowHall.Data.HallDbContext;

namespace WorkflowHall.Data.Mapping;

internal sealed class InstanceRecordConfiguration : IEntityTypeConfiguration<InstanceRecord>
{
    public void Configure(EntityTypeBuilder<InstanceRecord> builder)
    {
        builder.ToTable("instances");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).HasMaxLength(Limits.Id);
        builder.Property(x => x.BusinessKey).HasMaxLength(Limits.Id);
        builder.Property(x => x.TrailHead).HasMaxLength(Limits.Hash);
        builder.Property(x => x.Revision).IsConcurrencyToken();
        builder.HasIndex(x => new { x.DefinitionKey, x.DefinitionVersion, x.Status });
        builder.HasIndex(x => new { x.Status, x.EndedAt });
        builder.HasIndex(x => x.UpdatedAt);
    }
}
