using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkflowHall.Data.Records.Hall;

namespace WorkflowHall.Data.Mapping.Hall;

internal sealed class MatterRecordConfiguration : IEntityTypeConfiguration<MatterRecord>
{
    public void Configure(EntityTypeBuilder<MatterRecord> builder)
    {
        builder.ToTable("matters");
        builder.HasKey(x => x.ImplementationCode);
        builder.Property(x => x.Revision).IsConcurrencyToken();
        builder.HasIndex(x => x.CatalogCode);
    }
}
