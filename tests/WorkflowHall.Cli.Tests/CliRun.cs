namespace WorkflowHall.Cli.Tests;

/// <summary>One in-process run of the command line: exit code and everything written to each stream.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    /// <summary>Runs with the repository root as working directory, as a developer would from the checkout.</summary>
    public static Task<CliRun> RunAsync(params string[] args) => RunInAsync(Checkout.Root, args);

    public static async Task<CliRun> RunInAsync(string workingDirectory, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = await new CliApplication(new CliContext(output, error, workingDirectory)).RunAsync(args);
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }
}
