using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkflowHall.Data.Records;
using static WorkflowHall.Data.HallDbContext;

namespace WorkflowHall.Data.Mapping;

internal sealed class DefinitionVersionRecordConfiguration : IEntityTypeConfiguration<DefinitionVersionRecord>
{
    public void Configure(EntityTypeBuilder<DefinitionVersionRecord> builder)
    {
        builder.ToTable("definition_versions");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Key).HasMaxLength(Limits.Key);
        builder.HasIndex(x => new { x.Key, x.Version }).IsUnique();
    }
}
