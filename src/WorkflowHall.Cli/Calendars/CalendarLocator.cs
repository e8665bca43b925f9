using WorkflowHall.Engine.Time;

namespace WorkflowHall.Cli.Calendars;

/// <summary>
/// Loads the calendar named by <c>--calendar</c>, or else <c>workflows/calendars</c> of the checkout the
/// working directory lies in; with neither, falls back to <see cref="WorkingDayCalendar.WeekendsOnly"/>.
/// </summary>
internal static class CalendarLocator
{
    public static LocatedCalendar? Locate(string? directory, CliContext context, out CliError? error)
    {
        error = null;
        var path = directory is null ? DefaultDirectory(context.WorkingDirectory) : context.FullPath(directory);
        if (path is null) return new LocatedCalendar(WorkingDayCalendar.WeekendsOnly, null);

        if (!Directory.Exists(path))
        {
            error = new CliError($"找不到日历目录 {directory}", $"the calendar folder {directory} does not exist");
            return null;
        }

        try
        {
            return new LocatedCalendar(WorkingDayCalendar.LoadDirectory(path), path);
        }
        catch (CalendarFormatException e)
        {
            error = new CliError(e.MessageZh, e.MessageEn);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error = new CliError($"无法读取日历目录 {path}：{e.Message}", $"cannot read the calendar folder {path}: {e.Message}");
        }

        return null;
    }

    private static string? DefaultDirectory(string workingDirectory)
    {
        var root = RepositoryRoot.Find(workingDirectory);
        var calendars = root is null ? null : Path.Combine(root, "workflows", "calendars");
        return calendars is not null && Directory.Exists(calendars) ? calendars : null;
    }
}
