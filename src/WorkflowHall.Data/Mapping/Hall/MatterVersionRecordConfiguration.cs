using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkflowHall.Data.Records.Hall;

namespace WorkflowHall.Data.Mapping.Hall;

internal sealed class MatterVersionRecordConfiguration : IEntityTypeConfiguration<MatterVersionRecord>
{
    public void Configure(EntityTypeBuilder<MatterVersionRecord> builder)
    {
        builder.ToTable("matter_versions");
        builder.HasKey(x => x.Id);
        builder.HasIndex(x => new { x.ImplementationCode, x.Version }).IsUnique();
    }
}
