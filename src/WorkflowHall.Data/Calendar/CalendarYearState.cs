using WorkflowHall.Engine.Time;

namespace WorkflowHall.Data.Calendar;

/// <summary>
/// A year as the running hall counts it: its arrangement (null when no calendar for it is loaded, so
/// only weekends count), whether it comes from its file or from an administrator's edit, and the
/// revision an edit must name.
/// </summary>
public sealed record CalendarYearState(int Year, HolidayArrangement? Arrangement, bool HasFile, int Revision, DateTime? SavedAt, string? SavedBy)
{
    public bool IsEdited => Revision > 0;
}
