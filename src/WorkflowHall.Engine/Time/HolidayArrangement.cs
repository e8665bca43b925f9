using System.Collections.Immutable;

namespace WorkflowHall.Engine.Time;

/// <summary>A day a calendar file names: a day off of a holiday, or a weekend day worked in lieu (调休上班).</summary>
public sealed record CalendarDay(DateOnly Date, string Name, string? NameEn);

/// <summary>One loaded year's holiday arrangement as its calendar file gives it, days in date order.</summary>
public sealed record HolidayArrangement(int Year, string Source, ImmutableArray<CalendarDay> DaysOff, ImmutableArray<CalendarDay> ExtraWorkingDays);
