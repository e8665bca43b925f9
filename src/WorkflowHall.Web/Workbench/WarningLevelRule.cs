using WorkflowHall.Data.Records;
using WorkflowHall.Engine.Time;

namespace WorkflowHall.Web.Workbench;

/// <summary>
/// The inbox's traffic light (DOMAIN.md §4): red once the deadline has passed; yellow once the step's
/// warning time has passed or at most one working day is left; green otherwise, and for steps without a limit.
/// </summary>
public static class WarningLevelRule
{
    public static WarningLevel Of(DateTime? dueAt, DateTime? warningAt, DateTimeOffset now, WorkingDayCalendar calendar)
    {
        if (dueAt is not { } due || due >= WorkItemRecord.NoDueDate) return WarningLevel.Green;
        var deadline = Data.StoredTime.FromStored(due);
        if (deadline < now) return WarningLevel.Red;
        if (warningAt is { } warning && Data.StoredTime.FromStored(warning) <= now) return WarningLevel.Yellow;
        return calendar.CountWorkingDays(now, deadline) <= 1 ? WarningLevel.Yellow : WarningLevel.Green;
    }

    public static string CssClass(this WarningLevel level) => level switch
    {
        WarningLevel.Red => "warning-red",
        WarningLevel.Yellow => "warning-yellow",
        WarningLevel.Green => "warning-green",
        _ => "",
    };
}
