using System.Collections.Frozen;

namespace WorkflowHall.Engine.Time;

/// <summary>One year's statutory holiday arrangement, as read from its calendar file.</summary>
internal sealed record CalendarYear(
    int Year,
    string Source,
    string FileName,
    FrozenDictionary<DateOnly, CalendarDayNote> DaysOff,
    FrozenDictionary<DateOnly, CalendarDayNote> ExtraWorkingDays)
{
    /// <summary>Monday–Friday that is not a day off, or a listed extra working day.</summary>
    public bool IsWorkingDay(DateOnly date) => ExtraWorkingDays.ContainsKey(date)
        || !DaysOff.ContainsKey(date) && date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
}
