using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkflowHall.Data.Records.Hall;
using static WorkflowHall.Data.HallDbContext;

namespace WorkflowHall.Data.Mapping.Hall;

internal sealed class CaseNumberCounterRecordConfiguration : IEntityTypeConfiguration<CaseNumberCounterRecord>
{
    public void Configure(EntityTypeBuilder<CaseNumberCounterRecord> builder)
    {
        builder.ToTable("case_number_counters");
        builder.HasKey(x => x.Prefix);
        builder.Property(x => x.Prefix).HasMaxLength(Limits.Id);
        builder.Property(x => x.Last).IsConcurrencyToken();
    }
}
