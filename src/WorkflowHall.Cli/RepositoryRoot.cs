namespace WorkflowHall.Cli;

/// <summary>Finds the WorkflowHall checkout a directory lies in: the nearest folder upwards holding <c>WorkflowHall.sln</c>.</summary>
internal static class RepositoryRoot
{
    public const string SolutionFile = "WorkflowHall.sln";

    public static string? Find(string startDirectory)
    {
        for (var directory = new DirectoryInfo(startDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, SolutionFile))) return directory.FullName;
        }

        return null;
    }
}
