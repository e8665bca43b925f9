using WorkflowHall.Engine.Bpmn;
using WorkflowHall.Engine.Trail;
using WorkflowHall.Web.Workbench;

namespace WorkflowHall.Web.Audit.Replay;

/// <summary>Trail events in words, in Chinese (the localizer's keys): what a command did, and what each kind of event is.</summary>
public static class TrailWords
{
    /// <summary>What the person (or the system) did with the command that <paramref name="head"/> starts.</summary>
    public static string Act(TrailEvent head) => head.Kind switch
    {
        TrailEventKind.InstanceStarted => "提交申请",
        TrailEventKind.WorkItemCompleted => WorkbenchActionNames.Chinese(head.Outcome),
        TrailEventKind.ReturnedToStep => "退回",
        TrailEventKind.Annotated when head.Outcome is HallActions.Extend or "extension" => "延长办理期限",
        _ => Kind(head.Kind),
    };

    public static string Kind(TrailEventKind kind) => kind switch
    {
        TrailEventKind.InstanceStarted => "办件启动",
        TrailEventKind.WorkItemClaimed => "签收",
        TrailEventKind.WorkItemCompleted => "办理完成",
        TrailEventKind.ReturnedToStep => "退回",
        TrailEventKind.WorkItemReassigned => "转办",
        TrailEventKind.WorkItemDelegated => "委派",
        TrailEventKind.DelegationResolved => "委派办毕",
        TrailEventKind.SignersAdded => "加签",
        TrailEventKind.SignerRemoved => "减签",
        TrailEventKind.InstanceWithdrawn => "撤回申请",
        TrailEventKind.InstanceCancelled => "强制终止",
        TrailEventKind.ClockPaused => "计时暂停",
        TrailEventKind.ClockResumed => "计时恢复",
        TrailEventKind.TimerFired => "定时器触发",
        TrailEventKind.ServiceCallCompleted => "自动服务完成",
        TrailEventKind.InstanceMigrated => "迁移到新版本流程",
        TrailEventKind.Annotated => "备注",
        TrailEventKind.NodeEntered => "进入节点",
        TrailEventKind.NodeLeft => "离开节点",
        TrailEventKind.FlowTaken => "经过连线",
        TrailEventKind.WorkItemOpened => "生成待办",
        TrailEventKind.WorkItemClosed => "待办关闭",
        TrailEventKind.TimerScheduled => "设置定时器",
        TrailEventKind.TimerCancelled => "取消定时器",
        TrailEventKind.ServiceCallRequested => "请求自动服务",
        TrailEventKind.InstanceCompleted => "办件结束",
        _ => kind.ToString(),
    };

    /// <summary>The hash chain's reasons (<see cref="TrailVerifier.VerifyChain"/>) in Chinese; null for one it does not know.</summary>
    public static string? BrokenReason(string? reason) => reason switch
    {
        null => null,
        _ when reason.StartsWith("expected sequence", StringComparison.Ordinal) => "事件序号不连续（有事件被删除或插入）",
        _ when reason.StartsWith("its previous-hash", StringComparison.Ordinal) => "前一事件的哈希与链上不符（事件被替换或重排）",
        _ when reason.StartsWith("its content", StringComparison.Ordinal) => "事件内容与其哈希不符（事件被改动）",
        _ when reason.StartsWith("its kind", StringComparison.Ordinal) => "事件类型无法识别，不是流程引擎记录的类型（记录被改写）",
        _ => null,
    };
}
