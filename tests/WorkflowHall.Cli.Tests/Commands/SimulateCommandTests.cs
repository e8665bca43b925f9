using System.Text.RegularExpressions;

namespace WorkflowHall.Cli.Tests.Commands;

public sealed partial class SimulateCommandTests
{
    private const string Standard = "workflows/standard-approval.bpmn";

    [Fact]
    public async Task The_happy_path_goes_accept_review_approve_issue_and_ends_closed()
    {
        var run = await CliRun.RunAsync("simulate", Standard);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["accept", "review", "approve", "issue"], Steps(run.Output));
        Assert.Contains("结束 / ended: 办结 [closed]", run.Output);
        Assert.Contains("状态 / status: 已办结 / completed", run.Output);
        Assert.Contains("路径 / path: apply → accept → review → approve → issue → closed", run.Output);
    }

    [Fact]
    public async Task Due_dates_count_working_days_of_the_2026_calendar()
    {
        var run = await CliRun.RunAsync("simulate", Standard, "--start", "2026-12-01T09:00:00+08:00");

        // Accept opens Tuesday 1 December; five working days are 2, 3, 4, 7 and 8 December.
        var accept = Block(run.Output, 1);
        Assert.Contains("开启 / opened: 2026-12-01 09:00:00", accept);
        Assert.Contains("时限 / time limit: 5 个工作日 / 5 working days", accept);
        Assert.Contains("到期 / due: 2026-12-08 23:59:59，预警 / warning: 2026-12-07 23:59:59", accept);
        Assert.Contains("办理 / completed: 2026-12-01 13:00:00，由 / by clerk，结果 / outcome: accept", accept);
        // Review opens at 13:00 the same day; ten working days run to Tuesday 15 December.
        Assert.Contains("到期 / due: 2026-12-15 23:59:59", Block(run.Output, 2));
        Assert.DoesNotContain("待确认", run.Output);
    }

    [Fact]
    public async Task A_step_outcome_script_sends_the_case_to_supplement_and_back()
    {
        var run = await CliRun.RunAsync("simulate", Standard, "--outcome", "accept=requestSupplement,accept");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["accept", "supplement", "accept", "review", "approve", "issue"], Steps(run.Output));
        Assert.Contains("结果 / outcome: requestSupplement", Block(run.Output, 1));
        // The supplement step belongs to the applicant, named by the default applicant variable.
        Assert.Contains("由 / by applicant，结果 / outcome: supplement", Block(run.Output, 2));
    }

    [Fact]
    public async Task Refusing_at_approve_ends_at_refused()
    {
        var run = await CliRun.RunAsync("simulate", Standard, "--outcome", "approve=refuse");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["accept", "review", "approve"], Steps(run.Output));
        Assert.Contains("结束 / ended: 不予许可 [refused]", run.Output);
    }

    [Fact]
    public async Task An_outcome_the_step_does_not_allow_is_rejected_with_exit_1()
    {
        var run = await CliRun.RunAsync("simulate", Standard, "--outcome", "accept=approve");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("命令被拒绝 / command rejected [ActionNotAllowed]", run.Output);
        Assert.Contains("不允许操作 \"approve\"", run.Output);
        Assert.Contains("does not allow \"approve\"", run.Output);
    }

    [Fact]
    public async Task A_run_that_does_not_end_within_max_steps_exits_1()
    {
        var run = await CliRun.RunAsync("simulate", Standard, "--max-steps", "2");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("未结束 / not ended: 2 步内未结束 / did not end within 2 steps", run.Output);
        Assert.Contains("待办 / open: 审批 [approve]", run.Output);
    }

    [Fact]
    public async Task A_limit_running_into_a_year_without_calendar_is_to_be_confirmed()
    {
        var run = await CliRun.RunAsync("simulate", Standard, "--start", "2026-12-28T09:00");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("到期 / due: 2027-01-04 23:59:59 待确认 / to be confirmed", Block(run.Output, 1));
    }

    [Fact]
    public async Task Without_a_calendar_folder_weekends_only_are_counted_and_said_so()
    {
        using var folder = new TempFolder();
        var file = folder.Write("standard.bpmn", File.ReadAllText(TestFiles.StandardApproval));

        var run = await CliRun.RunInAsync(folder.Path, "simulate", "standard.bpmn");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("no holiday calendar found; counting weekends only", run.Output);
        Assert.Contains("到期 / due: 2026-12-08 23:59:59 待确认 / to be confirmed", Block(run.Output, 1));
    }

    [Fact]
    public async Task An_explicit_calendar_folder_is_used()
    {
        var calendars = Checkout.Combine("workflows", "calendars");
        using var folder = new TempFolder();
        folder.Write("standard.bpmn", File.ReadAllText(TestFiles.StandardApproval));

        var run = await CliRun.RunInAsync(folder.Path, "simulate", "standard.bpmn", "--calendar", calendars);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("（已载入 2026）", run.Output);
        Assert.DoesNotContain("待确认", run.Output);
    }

    [Fact]
    public async Task Timers_fire_when_nothing_else_waits_and_service_tasks_run_as_no_ops()
    {
        using var folder = new TempFolder();
        var file = folder.Write("timed.bpmn", SampleBpmn.WithTimers);

        var run = await CliRun.RunAsync("simulate", file);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("service tasks run as no-ops returning no variables: sms", run.Output);
        Assert.Contains("定时器触发 / timer fired: 等待一天 [wait] 2026-12-02 09:00:00", run.Output);
        Assert.Contains("服务任务 / service task: 短信通知 [notify]", run.Output);
        // The step takes four hours; its two-hour boundary timer cuts it off first.
        Assert.Contains("定时器触发 / timer fired: 超时 [late] 2026-12-02 11:00:00", Block(run.Output, 1));
        Assert.Contains("未办理 / not completed: 2026-12-02 11:00:00，被中断 / interrupted", Block(run.Output, 1));
        Assert.Contains("结束 / ended: 超时结束 [timedOut]", run.Output);
    }

    [Fact]
    public async Task A_short_step_duration_completes_the_step_before_its_timer()
    {
        using var folder = new TempFolder();
        var file = folder.Write("timed.bpmn", SampleBpmn.WithTimers);

        var run = await CliRun.RunAsync("simulate", file, "--step-duration", "PT1H");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("办理 / completed: 2026-12-02 10:00:00，由 / by clerk，结果 / outcome: complete", run.Output);
        Assert.Contains("结束 / ended: 完成 [done]", run.Output);
    }

    [Fact]
    public async Task Variables_given_on_the_command_line_are_typed()
    {
        var run = await CliRun.RunAsync("simulate", Standard, "--var", "fee=12.5", "--var", "urgent=true", "--var", "applicant=张三");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("变量 / variables: applicant=\"张三\", fee=12.5, urgent=true", run.Output);
    }

    [Fact]
    public async Task An_invalid_file_exits_2()
    {
        using var folder = new TempFolder();
        var file = folder.Write("broken.bpmn", SampleBpmn.WithProblems);

        var run = await CliRun.RunAsync("simulate", file);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("[DanglingFlow]", run.Error);
    }

    [Theory]
    [InlineData("--outcome", "nowhere=accept", "nowhere")]
    [InlineData("--outcome", "accept", "STEP=OUTCOME")]
    [InlineData("--start", "1 December", "--start")]
    [InlineData("--step-duration", "4 hours", "--step-duration")]
    [InlineData("--max-steps", "0", "--max-steps")]
    [InlineData("--calendar", "no/such/folder", "no/such/folder")]
    public async Task A_wrong_option_value_exits_2_naming_it(string option, string value, string named)
    {
        var run = await CliRun.RunAsync("simulate", Standard, option, value);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(named, run.Error);
        Assert.Empty(run.Output);
    }

    /// <summary>The step ids in the order the numbered step blocks show them.</summary>
    private static List<string> Steps(string output) =>
        [.. StepHeader().Matches(output).Select(m => m.Groups["id"].Value)];

    /// <summary>The text of the n-th numbered step block.</summary>
    private static string Block(string output, int number)
    {
        var headers = StepHeader().Matches(output).ToList();
        var start = headers[number - 1].Index;
        var end = number < headers.Count ? headers[number].Index : output.IndexOf("\n\n", start, StringComparison.Ordinal);
        return output[start..(end < 0 ? output.Length : end)];
    }

    [GeneratedRegex(@"^\s*\d+\. .* \[(?<id>[^\]]+)\]", RegexOptions.Multiline)]
    private static partial Regex StepHeader();
}
