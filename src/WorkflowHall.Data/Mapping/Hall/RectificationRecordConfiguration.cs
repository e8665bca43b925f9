using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkflowHall.Data.Records.Hall;

namespace WorkflowHall.Data.Mapping.Hall;

internal sealed class RectificationRecordConfiguration : IEntityTypeConfiguration<RectificationRecord>
{
    public void Configure(EntityTypeBuilder<RectificationRecord> builder)
    {
        builder.ToTable("rectifications");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Revision).IsConcurrencyToken();
        builder.HasIndex(x => x.CaseId).IsUnique();
        builder.HasIndex(x => new { x.Status, x.DueAt });
    }
}
