namespace WorkflowHall.Engine.Time;

/// <summary>A day a calendar file names: a day off of a holiday, or a weekend day worked in lieu (调休上班).</summary>
public sealed record CalendarDay(DateOnly Date, string Name, string? NameEn);
