namespace WorkflowHall.Web.Admin.Calendar;

/// <summary>What the calendar page's add-day form posts.</summary>
public sealed class CalendarDayInput
{
    public int Revision { get; set; }
    public DateOnly? Date { get; set; }
    public Data.Calendar.CalendarDayKind Kind { get; set; }
    public string? Name { get; set; }
    public string? NameEn { get; set; }
    /// <summary>The administrator confirms that changing a day before today changes deadlines already counted.</summary>
    public bool ConfirmPast { get; set; }
}
