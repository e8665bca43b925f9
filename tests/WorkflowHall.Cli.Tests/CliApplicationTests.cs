namespace WorkflowHall.Cli.Tests;

public sealed class CliApplicationTests
{
    [Theory]
    [InlineData]
    [InlineData("help")]
    [InlineData("--help")]
    [InlineData("simulate", "--help")]
    public async Task Help_prints_the_usage_and_exits_0(params string[] args)
    {
        var run = await CliRun.RunAsync(args);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("用法 / usage:", run.Output);
        Assert.Contains("workflowhall simulate FILE.bpmn", run.Output);
    }

    [Fact]
    public async Task An_unknown_command_prints_the_usage_and_exits_2()
    {
        var run = await CliRun.RunAsync("publish", "x.bpmn");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("未知命令 publish / unknown command publish", run.Error);
        Assert.Contains("用法 / usage:", run.Error);
    }

    [Theory]
    [InlineData("validate")]
    [InlineData("validate", "a.bpmn", "b.bpmn")]
    [InlineData("validate", "a.bpmn", "--unknown")]
    [InlineData("validate", "a.bpmn", "--process")]
    [InlineData("export", "a.bpmn", "-o", "x", "-o", "y")]
    public async Task A_wrong_command_line_exits_2_with_a_pointer_to_help(params string[] args)
    {
        var run = await CliRun.RunAsync(args);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("run workflowhall help for usage", run.Error);
    }
}
