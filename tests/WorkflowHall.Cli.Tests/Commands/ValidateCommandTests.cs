using System.Text.Json;

namespace WorkflowHall.Cli.Tests.Commands;

public sealed class ValidateCommandTests
{
    [Fact]
    public async Task The_standard_process_is_valid_and_its_id_name_and_counts_are_printed()
    {
        var run = await CliRun.RunAsync("validate", "workflows/standard-approval.bpmn");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("有效 / valid", run.Output);
        Assert.Contains("standard-approval — 标准五步审批流程", run.Output);
        Assert.Contains("节点 / nodes: 12，连线 / flows: 13", run.Output);
    }

    [Fact]
    public async Task A_file_with_problems_exits_1_and_lists_every_problem_with_both_messages()
    {
        using var folder = new TempFolder();
        var file = folder.Write("broken.bpmn", SampleBpmn.WithProblems);

        var run = await CliRun.RunAsync("validate", file);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("无效 / invalid", run.Output);
        Assert.Contains("sequenceFlow 'toNowhere' [DanglingFlow]", run.Output);
        Assert.Contains("endEvent 'end' [UnreachableNode]", run.Output);
        Assert.Contains("startEvent 'start' [CannotReachEnd]", run.Output);
        Assert.Contains("userTask 'task' [CannotReachEnd]", run.Output);
        Assert.Contains("userTask 'task' [MissingAssignment]", run.Output);
        Assert.Contains("没有办理人规则", run.Output);
        Assert.Contains("has no assignment rule", run.Output);
    }

    [Theory]
    [InlineData(nameof(SampleBpmn.Malformed), "MalformedXml")]
    [InlineData(nameof(SampleBpmn.WithDtd), "ForbiddenDtd")]
    [InlineData(nameof(SampleBpmn.NotBpmn), "NotBpmn")]
    [InlineData(nameof(SampleBpmn.NestedTooDeep), "DocumentTooDeep")]
    public async Task A_file_that_cannot_be_read_as_BPMN_exits_2(string sample, string code)
    {
        using var folder = new TempFolder();
        var content = (string)typeof(SampleBpmn).GetField(sample)!.GetValue(null)!;
        var file = folder.Write("unreadable.bpmn", content);

        var run = await CliRun.RunAsync("validate", file);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("无法读取 / unreadable", run.Output);
        Assert.Contains($"[{code}]", run.Output);
    }

    [Fact]
    public async Task A_missing_file_exits_2()
    {
        var run = await CliRun.RunAsync("validate", "workflows/no-such-file.bpmn");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("[FileNotFound]", run.Output);
        Assert.Contains("找不到文件 workflows/no-such-file.bpmn", run.Output);
    }

    [Fact]
    public async Task Several_processes_exit_1_listing_the_candidates_and_asking_for_process()
    {
        using var folder = new TempFolder();
        var file = folder.Write("two.bpmn", SampleBpmn.TwoProcesses);

        var run = await CliRun.RunAsync("validate", file);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("[SeveralProcesses]", run.Output);
        Assert.Contains("pass --process with one of: first, second", run.Output);
    }

    [Fact]
    public async Task The_process_option_picks_one_of_several()
    {
        using var folder = new TempFolder();
        var file = folder.Write("two.bpmn", SampleBpmn.TwoProcesses);

        var run = await CliRun.RunAsync("validate", file, "--process", "second");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("流程 / process: second", run.Output);
    }

    [Fact]
    public async Task Json_output_parses_and_carries_every_problem()
    {
        using var folder = new TempFolder();
        var file = folder.Write("broken.bpmn", SampleBpmn.WithProblems);

        var run = await CliRun.RunAsync("validate", file, "--json");

        Assert.Equal(1, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var root = json.RootElement;
        Assert.Equal(file, root.GetProperty("file").GetString());
        Assert.False(root.GetProperty("valid").GetBoolean());
        Assert.Equal("broken", root.GetProperty("process").GetProperty("id").GetString());
        var problems = root.GetProperty("problems").EnumerateArray().ToList();
        Assert.Equal(5, problems.Count);
        Assert.Equal(["toNowhere", "end", "start", "task", "task"], problems.Select(p => p.GetProperty("elementId").GetString()));
        var missingAssignment = problems.Single(p => p.GetProperty("code").GetString() == "MissingAssignment");
        Assert.Equal("userTask", missingAssignment.GetProperty("elementKind").GetString());
        Assert.Contains("没有办理人规则", missingAssignment.GetProperty("messageZh").GetString());
        Assert.Contains("no assignment rule", missingAssignment.GetProperty("messageEn").GetString());
    }

    [Fact]
    public async Task Json_output_for_a_valid_file_has_no_problems_and_exits_0()
    {
        var run = await CliRun.RunAsync("validate", "workflows/standard-approval.bpmn", "--json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        Assert.True(json.RootElement.GetProperty("valid").GetBoolean());
        Assert.Equal("standard-approval", json.RootElement.GetProperty("process").GetProperty("id").GetString());
        Assert.Empty(json.RootElement.GetProperty("problems").EnumerateArray());
    }

    [Fact]
    public async Task Json_output_for_an_unreadable_file_exits_2_with_a_null_process()
    {
        using var folder = new TempFolder();
        var file = folder.Write("dtd.bpmn", SampleBpmn.WithDtd);

        var run = await CliRun.RunAsync("validate", file, "--json");

        Assert.Equal(2, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("process").ValueKind);
        Assert.Equal("ForbiddenDtd", json.RootElement.GetProperty("problems")[0].GetProperty("code").GetString());
    }
}
