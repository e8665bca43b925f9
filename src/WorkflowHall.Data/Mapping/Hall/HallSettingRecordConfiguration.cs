using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkflowHall.Data.Records.Hall;
using static WorkflowHall.Data.HallDbContext;

namespace WorkflowHall.Data.Mapping.Hall;

internal sealed class HallSettingRecordConfiguration : IEntityTypeConfiguration<HallSettingRecord>
{
    public void Configure(EntityTypeBuilder<HallSettingRecord> builder)
    {
        builder.ToTable("hall_settings");
        builder.HasKey(x => x.Key);
        builder.Property(x => x.Key).HasMaxLength(Limits.Code);
        builder.Property(x => x.Revision).IsConcurrencyToken();
    }
}
