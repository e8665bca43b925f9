namespace WorkflowHall.Web.Hosting;

/// <summary>
/// Where the demo hall is read from: the configured path, else the nearest <c>samples/hall</c> folder
/// above the content root (the checkout), else the copy in the output folder — found like <see cref="WorkflowsFolder"/>.
/// </summary>
public sealed class SamplesFolder(string? path)
{
    public const string FolderName = "samples/hall";

    /// <summary>The folder, or null when none was found.</summary>
    public string? Path { get; } = path;

    public static SamplesFolder Locate(string? configuredPath, string contentRoot)
    {
        if (!string.IsNullOrWhiteSpace(configuredPath))
        {
            return new SamplesFolder(System.IO.Path.GetFullPath(configuredPath, contentRoot));
        }
        for (var directory = new DirectoryInfo(contentRoot); directory is not null; directory = directory.Parent)
        {
            var candidate = System.IO.Path.Combine(directory.FullName, "samples", "hall");
            if (Directory.Exists(candidate)) return new SamplesFolder(candidate);
        }
        var copied = System.IO.Path.Combine(AppContext.BaseDirectory, "samples", "hall");
        return new SamplesFolder(Directory.Exists(copied) ? copied : null);
    }
}
