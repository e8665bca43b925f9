using System.Globalization;
using WorkflowHall.Engine.Bpmn;
using WorkflowHall.Engine.Execution;
using WorkflowHall.Engine.Time;

namespace WorkflowHall.Cli.Simulation;

/// <summary>How the simulator writes times, due dates, time limits, stages and statuses, Chinese first.</summary>
internal static class TimeText
{
    /// <summary>The hall's time to the second; the run's header says the offset once.</summary>
    public static string Due(DueDate due) =>
        due.Provisional ? $"{HallTime.FormatDateTime(due.At)} 待确认 / to be confirmed" : HallTime.FormatDateTime(due.At);

    public static string Limit(TimeLimit limit)
    {
        var amount = limit.Amount.ToString("0.##", CultureInfo.InvariantCulture);
        return limit.Unit switch
        {
            TimeLimitUnit.WorkingDays => $"{amount} 个工作日 / {amount} working day{Plural(limit.Amount)}",
            TimeLimitUnit.NaturalDays => $"{amount} 个自然日 / {amount} calendar day{Plural(limit.Amount)}",
            _ => $"{amount} 小时 / {amount} hour{Plural(limit.Amount)}",
        };
    }

    public static string Stage(HallStage stage) => stage switch
    {
        HallStage.Accept => "受理 / accept",
        HallStage.Review => "审核 / review",
        HallStage.Approve => "审批 / approve",
        _ => "办结·发证 / issue",
    };

    public static string Status(InstanceStatus status) => status switch
    {
        InstanceStatus.New => "未开始 / not started",
        InstanceStatus.Running => "办理中 / running",
        InstanceStatus.Completed => "已办结 / completed",
        InstanceStatus.Withdrawn => "已撤回 / withdrawn",
        _ => "已终止 / cancelled",
    };

    private static string Plural(decimal amount) => amount == 1 ? "" : "s";
}
