namespace WorkflowHall.Cli;

/// <summary>Where a command writes and which directory relative paths start from; injected so tests run in-process.</summary>
internal sealed record CliContext(TextWriter Output, TextWriter Error, string WorkingDirectory)
{
    public string FullPath(string path) => Path.GetFullPath(path, WorkingDirectory);
}
