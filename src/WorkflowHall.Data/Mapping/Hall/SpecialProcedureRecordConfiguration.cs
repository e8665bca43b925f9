using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkflowHall.Data.Records.Hall;

namespace WorkflowHall.Data.Mapping.Hall;

internal sealed class SpecialProcedureRecordConfiguration : IEntityTypeConfiguration<SpecialProcedureRecord>
{
    public void Configure(EntityTypeBuilder<SpecialProcedureRecord> builder)
    {
        builder.ToTable("special_procedures");
        builder.HasKey(x => x.Id);
        builder.HasIndex(x => x.CaseId);
    }
}
