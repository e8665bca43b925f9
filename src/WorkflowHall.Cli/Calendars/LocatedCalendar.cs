using WorkflowHall.Engine.Time;

namespace WorkflowHall.Cli.Calendars;

/// <summary>The working-day calendar a command counts with, and the folder it came from (null: weekends only).</summary>
internal sealed record LocatedCalendar(WorkingDayCalendar Calendar, string? Directory)
{
    public string DescriptionZh => Directory is null
        ? "未找到节假日日历，仅按周末计算，期限均待确认"
        : $"{Directory}（已载入 {Years}）";

    public string DescriptionEn => Directory is null
        ? "no holiday calendar found; counting weekends only, every due date to be confirmed"
        : $"{Directory} (loaded: {Years})";

    private string Years => Calendar.LoadedYears.Count == 0 ? "—" : string.Join(", ", Calendar.LoadedYears);
}
