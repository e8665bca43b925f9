using WorkflowHall.Engine.Bpmn;

namespace WorkflowHall.Web.Workbench;

/// <summary>
/// What the workbench calls each act, in Chinese (the localizer's key): the step actions of
/// <see cref="HallActions"/> and the case-level acts of the case page.
/// </summary>
public static class WorkbenchActionNames
{
    public const string StartProcedure = "startProcedure";
    public const string EndProcedure = "endProcedure";
    public const string Extend = HallActions.Extend;

    /// <summary>The step actions a clerk does from the case page; others (补正 by the applicant, 会签 votes) have their own pages.</summary>
    public static readonly IReadOnlyList<string> StepActions =
    [
        HallActions.Accept, HallActions.RequestSupplement, HallActions.RefuseAccept, HallActions.Review, HallActions.Return,
        HallActions.Approve, HallActions.Refuse, HallActions.Issue, HallActions.Complete,
    ];

    /// <summary>What a clerk may do at <paramref name="item"/> from the case page: its allowed step actions, or "complete" when it names none.</summary>
    public static IReadOnlyList<string> ForStep(WorkflowHall.Engine.Execution.WorkItem item) =>
        item.AllowedActions.IsDefaultOrEmpty ? [HallActions.Complete] : StepActions.Where(item.AllowedActions.Contains).ToList();

    public static string Chinese(string? action) => action switch
    {
        HallActions.Accept => "受理",
        HallActions.RefuseAccept => "不予受理",
        HallActions.RequestSupplement => "告知补正",
        HallActions.Supplement => "提交补正材料",
        HallActions.Review => "审核通过",
        HallActions.Return => "退回",
        HallActions.Approve => "准予许可",
        HallActions.Refuse => "不予许可",
        HallActions.Reject => "不同意",
        HallActions.Issue => "发证办结",
        HallActions.Complete => "办理完成",
        HallActions.Withdraw => "撤回申请",
        StartProcedure => "启动特别程序",
        EndProcedure => "结束特别程序",
        Extend => "延长办理期限",
        null or "" => "办理",
        _ => action,
    };
}
