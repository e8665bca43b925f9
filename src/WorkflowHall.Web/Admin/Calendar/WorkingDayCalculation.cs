namespace WorkflowHall.Web.Admin.Calendar;

/// <summary>
/// What <c>workflowhall calendar add</c> answers, on the page: the deadline <see cref="Days"/> working days
/// after <see cref="From"/> (the start day not counted), and whether it rests on a year not loaded.
/// </summary>
public sealed record WorkingDayCalculation(DateOnly From, int Days, DateOnly Due, bool Provisional);
