
namespace WorkflowHall.Data.Demo;

/// <summary>
/// Where the demo hall is read from: the <c>samples/hall</c> folder (organisations, posts, people,
/// matters and their workflows) and the engine's own <c>workflows</c> folder (the standard process).
/// </summary>
public sealed record DemoHallSource(string HallPath, string? WorkflowsPath)
{
    public const string HallFolder = "samples/hall";

    public string File(string name) => Path.Combine(HallPath, name);

    /// <summary>Every BPMN file the matters may run on: the engine's workflows first, then the hall's own.</summary>
    public IEnumerable<string> WorkflowFiles()
    {
        foreach (var folder in new[] { WorkflowsPath, Path.Combine(HallPath, "workflows") })
        {
            if (folder is null || !Directory.Exists(folder)) continue;
            foreach (var file in Directory.EnumerateFiles(folder, "*.bpmn").Order(StringComparer.Ordinal)) yield return file;
        }
    }

    public IEnumerable<string> MatterFiles() =>
        Directory.Exists(File("matters")) ? Directory.EnumerateFiles(File("matters"), "*.json").Order(StringComparer.Ordinal) : [];

    /// <summary>
    /// The nearest <c>samples/hall</c> above <paramref name="startDirectory"/> (a checkout), with the
    /// <c>workflows</c> folder beside <c>samples</c>; null when there is none.
    /// </summary>
    public static DemoHallSource? Find(string startDirectory)
    {
        for (var directory = new DirectoryInfo(startDirectory); directory is not null; directory = directory.Parent)
        {
            var hall = Path.Combine(directory.FullName, "samples", "hall");
            if (!System.IO.File.Exists(Path.Combine(hall, OrganisationFile.Name))) continue;
            var workflows = Path.Combine(directory.FullName, "workflows");
            return new DemoHallSource(hall, Directory.Exists(workflows) ? workflows : null);
        }
        return null;
    }
}
