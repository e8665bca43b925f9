namespace WorkflowHall.Web.Admin.Calendar;

/// <summary>One day of the month grid: what it is, and the holiday it belongs to.</summary>
public sealed record DayCell(DateOnly Date, DayKind Kind, string? Name, string? NameEn)
{
    public bool IsWorkingDay => Kind is DayKind.Working or DayKind.ExtraWorkingDay;
}
