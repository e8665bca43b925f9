namespace WorkflowHall.Web.Hosting;

/// <summary>
/// Where the hall's definitions and working-day calendars are read from: the configured path, else the
/// nearest <c>workflows/</c> folder above the content root (the checkout), else the copy in the output folder.
/// </summary>
public sealed class WorkflowsFolder(string? path)
{
    public const string FolderName = "workflows";

    /// <summary>The folder, or null when none was found.</summary>
    public string? Path { get; } = path;

    public string? CalendarsPath => Existing(Path is null ? null : System.IO.Path.Combine(Path, "calendars"), Directory.Exists);

    /// <summary>A file of the folder, or null when it is not there.</summary>
    public string? File(string name) => Existing(Path is null ? null : System.IO.Path.Combine(Path, name), System.IO.File.Exists);

    public static WorkflowsFolder Locate(string? configuredPath, string contentRoot)
    {
        if (!string.IsNullOrWhiteSpace(configuredPath))
        {
            return new WorkflowsFolder(System.IO.Path.GetFullPath(configuredPath, contentRoot));
        }
        for (var directory = new DirectoryInfo(contentRoot); directory is not null; directory = directory.Parent)
        {
            var candidate = System.IO.Path.Combine(directory.FullName, FolderName);
            if (Directory.Exists(candidate)) return new WorkflowsFolder(candidate);
        }
        var copied = System.IO.Path.Combine(AppContext.BaseDirectory, FolderName);
        return new WorkflowsFolder(Directory.Exists(copied) ? copied : null);
    }

    private static string? Existing(string? path, Func<string, bool> exists) => path is not null && exists(path) ? path : null;
}
