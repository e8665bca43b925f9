namespace WorkflowHall.Web.Components.Admin.Calendar;

/// <summary>The strings of the holiday calendar page; English in <c>Resources/Components/Admin/Calendar/CalendarText.en.resx</c>.</summary>
public sealed class CalendarText;
