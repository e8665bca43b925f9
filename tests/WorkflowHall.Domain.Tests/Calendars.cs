using WorkflowHall.Engine.Time;

namespace WorkflowHall.Domain.Tests;

internal static class Calendars
{
    public static readonly WorkingDayCalendar Loaded = WorkingDayCalendar.LoadDirectory(Path.Combine(RepositoryRoot(), "workflows", "calendars"));

    public static DateTimeOffset China(int year, int month, int day, int hour = 9) => new(year, month, day, hour, 0, 0, HallTime.Offset);

    public static DateTimeOffset EndOfDay(int year, int month, int day) => new(year, month, day, 23, 59, 59, HallTime.Offset);

    public static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "WorkflowHall.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new DirectoryNotFoundException("WorkflowHall.sln not found.");
    }
}
