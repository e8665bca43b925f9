namespace WorkflowHall.Data.Calendar;

/// <summary>A day to add to a year's holiday arrangement, with the holiday it belongs to.</summary>
public sealed record CalendarDayChange(DateOnly Date, CalendarDayKind Kind, string Name, string? NameEn = null);
