using WorkflowHall.Engine.Time;

namespace WorkflowHall.Web.Hosting;

/// <summary>
/// Loads the working-day calendars of the workflows folder; without the folder, deadlines count weekends
/// only (and are marked provisional). A calendar file that does not read stops the host. The calendar is
/// replaceable: administrators' edits of a year (saved in the database) replace that year's file.
/// </summary>
internal static class CalendarLoader
{
    public static WorkingDayCalendar Load(WorkflowsFolder workflows) => WorkingDayCalendar.Replaceable(
        workflows.CalendarsPath is { } path ? WorkingDayCalendar.LoadDirectory(path) : WorkingDayCalendar.WeekendsOnly);
}
