using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkflowHall.Data.Records.Hall;

namespace WorkflowHall.Data.Mapping.Hall;

internal sealed class CaseMaterialRecordConfiguration : IEntityTypeConfiguration<CaseMaterialRecord>
{
    public void Configure(EntityTypeBuilder<CaseMaterialRecord> builder)
    {
        builder.ToTable("case_materials");
        builder.HasKey(x => x.Id);
        builder.HasIndex(x => x.CaseId);
    }
}
