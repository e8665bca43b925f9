namespace WorkflowHall.Web.Admin.Calendar;

/// <summary>How the month grid marks a day.</summary>
public enum DayKind
{
    Working,
    Weekend,
    /// <summary>放假: a listed day off (on a weekday or a weekend).</summary>
    DayOff,
    /// <summary>调休上班: a weekend day worked in lieu.</summary>
    ExtraWorkingDay,
}
