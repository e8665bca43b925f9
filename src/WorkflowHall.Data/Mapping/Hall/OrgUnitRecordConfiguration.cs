using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkflowHall.Data.Records.Hall;

namespace WorkflowHall.Data.Mapping.Hall;

internal sealed class OrgUnitRecordConfiguration : IEntityTypeConfiguration<OrgUnitRecord>
{
    public void Configure(EntityTypeBuilder<OrgUnitRecord> builder)
    {
        builder.ToTable("org_units");
        builder.HasKey(x => x.Code);
        builder.HasIndex(x => x.ParentCode);
    }
}
