using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkflowHall.Data.Records;
using static WorkflowHall.Data.HallDbContext;

namespace WorkflowHall.Data.Mapping;

internal sealed class DefinitionDraftRecordConfiguration : IEntityTypeConfiguration<DefinitionDraftRecord>
{
    public void Configure(EntityTypeBuilder<DefinitionDraftRecord> builder)
    {
        builder.ToTable("definition_drafts");
        builder.HasKey(x => x.Key);
        builder.Property(x => x.Key).HasMaxLength(Limits.Key);
        builder.Property(x => x.Revision).IsConcurrencyToken();
    }
}
