using System.Collections.Immutable;

namespace WorkflowHall.Engine.Time;

/// <summary>One loaded year's holiday arrangement as its calendar file gives it, days in date order.</summary>
public sealed record HolidayArrangement(int Year, string Source, ImmutableArray<CalendarDay> DaysOff, ImmutableArray<CalendarDay> ExtraWorkingDays);
