namespace WorkflowHall.Data.Calendar;

/// <summary>What an administrator marks a day as in a year's holiday arrangement.</summary>
public enum CalendarDayKind
{
    /// <summary>放假: a day off (a public holiday or a day of its break).</summary>
    DayOff,
    /// <summary>调休上班: a Saturday or Sunday worked in lieu.</summary>
    ExtraWorkingDay,
}
