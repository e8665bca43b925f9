namespace WorkflowHall.Web.Admin.Calendar;

/// <summary>A month as weeks from Monday (null cells before the 1st and after the last day) and its working days.</summary>
public sealed record MonthView(int Month, IReadOnlyList<IReadOnlyList<DayCell?>> Weeks, int WorkingDays);
