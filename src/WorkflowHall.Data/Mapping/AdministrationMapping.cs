using Microsoft.EntityFrameworkCore;
using WorkflowHall.Data.Records.Hall;
using static WorkflowHall.Data.HallDbContext;

namespace WorkflowHall.Data.Mapping;

/// <summary>What administrators change at run time: calendar years that replace their files, and setting groups.</summary>
internal static class AdministrationMapping
{
    public static void Configure(ModelBuilder model)
    {
        model.Entity<CalendarYearRecord>(e =>
        {
            e.ToTable("calendar_years");
            e.HasKey(x => x.Year);
            e.Property(x => x.Year).ValueGeneratedNever();
            e.Property(x => x.SavedBy).HasMaxLength(Limits.Actor);
            e.Property(x => x.Revision).IsConcurrencyToken();
        });
        model.Entity<HallSettingRecord>(e =>
        {
            e.ToTable("hall_settings");
            e.HasKey(x => x.Key);
            e.Property(x => x.Key).HasMaxLength(Limits.Code);
            e.Property(x => x.SavedBy).HasMaxLength(Limits.Actor);
            e.Property(x => x.Revision).IsConcurrencyToken();
        });
    }
}
