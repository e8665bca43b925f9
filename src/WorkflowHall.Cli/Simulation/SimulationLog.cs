using System.Collections.Immutable;
using WorkflowHall.Cli.Calendars;
using WorkflowHall.Engine.Bpmn;
using WorkflowHall.Engine.Execution;
using WorkflowHall.Engine.Time;
using WorkflowHall.Engine.Variables;

namespace WorkflowHall.Cli.Simulation;

/// <summary>Writes the path a simulation takes, as it goes: steps, timers, service calls and the end, Chinese first.</summary>
internal sealed class SimulationLog(TextWriter writer)
{
    public void Header(ProcessDefinition definition, LocatedCalendar calendar, SimulationSettings settings,
        ImmutableSortedDictionary<string, object?> variables, ImmutableArray<string> handlerNames)
    {
        writer.WriteLine($"模拟 / simulating: {definition.Key}{(definition.Name is { } name ? $" — {name}" : "")}");
        writer.WriteLine($"  日历 / calendar: {calendar.DescriptionZh}");
        if (calendar.Directory is null) writer.WriteLine($"                   {calendar.DescriptionEn}");
        writer.WriteLine($"  开始 / start: {HallTime.FormatDateTime(settings.Start)}，每步用时 / step duration: {settings.StepDuration}，最多 / at most {settings.MaxSteps} 步 / steps");
        writer.WriteLine("  时间均为北京时间 / times are China time (+08:00)");
        writer.WriteLine($"  变量 / variables: {string.Join(", ", variables.Select(v => $"{v.Key}={CanonicalJson.Serialize(v.Value)}"))}");
        if (!handlerNames.IsEmpty)
        {
            writer.WriteLine($"  服务任务以空操作代替（不返回变量）/ service tasks run as no-ops returning no variables: {string.Join(", ", handlerNames)}");
        }

        writer.WriteLine();
    }

    public void StepOpened(int number, WorkItem item, StepDeadline? deadline)
    {
        var loop = item.LoopIndex is { } index ? $" 会签 #{index + 1} / countersign #{index + 1}" : "";
        writer.WriteLine($"{number,3}. {item.NodeName ?? item.NodeId} [{item.NodeId}]{loop}");
        var stage = item.Stage is { } s ? $"，阶段 / stage: {TimeText.Stage(s)}" : "";
        var post = item.CandidatePost is { } p ? $"，岗位 / post: {p}" : "";
        writer.WriteLine($"     开启 / opened: {HallTime.FormatDateTime(item.OpenedAt)}{stage}{post}");
        if (item.TimeLimit is { } limit) writer.WriteLine($"     时限 / time limit: {TimeText.Limit(limit)}");
        if (deadline is not null)
        {
            var paused = deadline.ClockPaused ? "（计时暂停中 / clock paused）" : "";
            writer.WriteLine($"     到期 / due: {TimeText.Due(deadline.Due)}，预警 / warning: {TimeText.Due(deadline.WarningAt)}{paused}");
        }
    }

    public void StepCompleted(DateTimeOffset at, string actor, string? outcome, StepDeadline? deadline)
    {
        var result = outcome ?? "（无 / none）";
        var overdue = deadline is not null && at > deadline.Due.At ? "，已超期 / overdue" : "";
        writer.WriteLine($"     办理 / completed: {HallTime.FormatDateTime(at)}，由 / by {actor}，结果 / outcome: {result}{overdue}");
    }

    /// <summary>The item was closed before it could be completed, by an interrupting timer or a terminate end.</summary>
    public void StepClosed(ClosedWorkItem? closed)
    {
        var when = closed is null ? "" : $"{HallTime.FormatDateTime(closed.ClosedAt)}，";
        var reason = closed?.Reason == WorkItemCloseReason.Interrupted ? "被中断 / interrupted" : $"已关闭 / closed ({closed?.Reason})";
        writer.WriteLine($"     未办理 / not completed: {when}{reason}");
    }

    public void TimerFired(FlowNode node, DateTimeOffset at) =>
        writer.WriteLine($"     定时器触发 / timer fired: {node.DisplayName} [{node.Id}] {HallTime.FormatDateTime(at)}");

    public void ServiceCalled(FlowNode node, string? handler, DateTimeOffset at) =>
        writer.WriteLine($"     服务任务 / service task: {node.DisplayName} [{node.Id}]，{handler}（空操作 / no-op）{HallTime.FormatDateTime(at)}");

    public void Rejected(CommandRejection rejection)
    {
        writer.WriteLine($"命令被拒绝 / command rejected [{rejection.Code}]{(rejection.ElementId is { } id ? $" ({id})" : "")}");
        writer.WriteLine($"  {rejection.MessageZh}");
        writer.WriteLine($"  {rejection.MessageEn}");
    }

    public void Failed(string message) => writer.WriteLine($"模拟失败 / simulation failed: {message}");

    public void Ended(InstanceState state, ProcessDefinition definition, IEnumerable<string> path)
    {
        writer.WriteLine();
        if (state.EndNodeId is { } endId)
        {
            var end = definition.Node(endId);
            writer.WriteLine($"结束 / ended: {end.DisplayName} [{end.Id}] {(state.EndedAt is { } at ? HallTime.FormatDateTime(at) : "")}".TrimEnd());
        }

        Summary(state, path);
    }

    public void NotEnded(string reasonZh, string reasonEn, InstanceState state, IEnumerable<string> path)
    {
        writer.WriteLine();
        writer.WriteLine($"未结束 / not ended: {reasonZh} / {reasonEn}");
        foreach (var item in state.WorkItems) writer.WriteLine($"  待办 / open: {item.NodeName ?? item.NodeId} [{item.NodeId}]");
        foreach (var timer in state.Timers) writer.WriteLine($"  定时器 / timer: [{timer.NodeId}] {HallTime.FormatDateTime(timer.DueAt)}");
        Summary(state, path);
    }

    public void UnusedOutcomes(ImmutableArray<(string StepId, ImmutableArray<string> Outcomes)> unused)
    {
        foreach (var (step, outcomes) in unused)
        {
            writer.WriteLine($"注意 / note: 未用到的结果 / unused outcomes {step}={string.Join(",", outcomes)}");
        }
    }

    private void Summary(InstanceState state, IEnumerable<string> path)
    {
        writer.WriteLine($"状态 / status: {TimeText.Status(state.Status)}");
        writer.WriteLine($"路径 / path: {string.Join(" → ", path)}");
    }
}
