using WorkflowHall.Engine.Time;

namespace WorkflowHall.Engine.Tests.Time;

/// <summary>The calendars the repository ships, found by walking up to the folder holding WorkflowHall.sln.</summary>
internal static class RepositoryCalendars
{
    public static string Folder { get; } = Path.Combine(RepositoryRoot(), "workflows", "calendars");

    private static readonly Lazy<WorkingDayCalendar> Loaded = new(() => WorkingDayCalendar.LoadDirectory(Folder));

    /// <summary>Every year in <c>workflows/calendars</c>; 2026 is among them, 2027 is not (yet).</summary>
    public static WorkingDayCalendar China => Loaded.Value;

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "WorkflowHall.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No WorkflowHall.sln above {AppContext.BaseDirectory}.");
    }
}
