namespace WorkflowHall.Cli.Tests;

/// <summary>Where the shared workflows live, and small BPMN files written for one test.</summary>
internal static class TestFiles
{
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string StandardApproval => Path.Combine(RepositoryRoot, "workflows", "standard-approval.bpmn");

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "WorkflowHall.sln"))) return directory.FullName;
        }

        throw new InvalidOperationException("WorkflowHall.sln not found above " + AppContext.BaseDirectory);
    }
}
