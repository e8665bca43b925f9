namespace WorkflowHall.Engine.Time;

/// <summary>What a calendar file says about one day: the holiday (or 调休) it belongs to.</summary>
internal sealed record CalendarDayNote(string Name, string? NameEn, string Entry);
