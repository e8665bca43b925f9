using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkflowHall.Data.Records.Hall;

namespace WorkflowHall.Data.Mapping.Hall;

internal sealed class CalendarYearRecordConfiguration : IEntityTypeConfiguration<CalendarYearRecord>
{
    public void Configure(EntityTypeBuilder<CalendarYearRecord> builder)
    {
        builder.ToTable("calendar_years");
        builder.HasKey(x => x.Year);
        builder.Property(x => x.Year).ValueGeneratedNever();
        builder.Property(x => x.Revision).IsConcurrencyToken();
    }
}
