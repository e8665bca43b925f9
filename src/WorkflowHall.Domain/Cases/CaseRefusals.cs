using WorkflowHall.Engine.Bpmn;
using WorkflowHall.Engine.Execution;
using WorkflowHall.Engine.Time;

namespace WorkflowHall.Domain.Cases;

/// <summary>The refusals of <see cref="CaseRules"/>, each in Chinese and English.</summary>
public static class CaseRefusals
{
    public static CaseRefusal Ended(string caseNumber) =>
        new("case.ended", $"办件 {caseNumber} 已结束，不能再办理", $"Case {caseNumber} has ended; nothing more can be done");

    public static CaseRefusal UnknownAct(string? act) =>
        new("action.unknown", $"没有名为“{act}”的办理操作", $"There is no action “{act}”");

    public static CaseRefusal NoStep(string act, IEnumerable<WorkItem> open)
    {
        var steps = string.Join("、", open.Select(w => $"{w.NodeName ?? w.NodeId}（{string.Join("/", CaseRules.ActsOf(w))}）"));
        if (steps.Length == 0) steps = "无";
        return new("action.step", $"办件当前的步骤不能执行“{act}”。当前步骤：{steps}",
            $"No open step of this case allows “{act}”. Open steps: {(steps == "无" ? "none" : steps)}");
    }

    public static CaseRefusal NoSuchItem(string workItemId) =>
        new("action.item", $"办件没有待办 {workItemId}（可能已办结或被退回）", $"The case has no open work item {workItemId} (it may have been done or returned)");

    public static CaseRefusal ItemDisallows(WorkItem item, string act) =>
        new("action.step", $"“{item.NodeName ?? item.NodeId}”不能执行“{act}”，只能：{string.Join("/", CaseRules.ActsOf(item))}",
            $"“{item.NodeName ?? item.NodeId}” does not allow “{act}”; it allows: {string.Join("/", CaseRules.ActsOf(item))}");

    public static CaseRefusal NotAtPost(string actor, WorkItem item, string? unit) =>
        item.Assignee is { } assignee
            ? new("action.post", $"“{item.NodeName ?? item.NodeId}”已由 {assignee} 签收，{actor} 不能办理",
                $"“{item.NodeName ?? item.NodeId}” is assigned to {assignee}; {actor} cannot act on it")
            : new("action.post", $"{actor} 不在 {unit} 或其上级单位的“{item.CandidatePost}”岗位，不能办理“{item.NodeName ?? item.NodeId}”",
                $"{actor} does not hold post “{item.CandidatePost}” in {unit} or a unit above it and cannot act on “{item.NodeName ?? item.NodeId}”");

    public static CaseRefusal TargetNotAtPost(string target, WorkItem item, string? unit) =>
        new("action.target", $"{target} 不在 {unit} 或其上级单位的“{item.CandidatePost}”岗位，不能接办“{item.NodeName ?? item.NodeId}”",
            $"{target} does not hold post “{item.CandidatePost}” in {unit} or a unit above it and cannot take over “{item.NodeName ?? item.NodeId}”") { Target = "target" };

    public static CaseRefusal HandlesNoStep(string actor) =>
        new("action.post", $"{actor} 不是本件当前步骤的办理人", $"{actor} does not handle any open step of this case");

    public static CaseRefusal Required(string field, string zh, string en) =>
        new("field.required", $"{zh}不能为空", $"{en} is required") { Target = field };

    public static CaseRefusal TooLong(TextLimit limit, string text) =>
        new("field.length", limit.MessageZh(text), limit.MessageEn(text)) { Target = limit.Field };

    public static CaseRefusal Reasons(string act) => act == HallActions.RefuseAccept
        ? new("decision.reasons", "不予受理须写明理由和法律依据", "A refusal to accept must state its reasons and legal basis") { Target = "reason" }
        : new("decision.reasons", "不予许可须写明理由和法律依据", "A refusal must state its reasons and legal basis") { Target = "reason" };

    public static CaseRefusal SupplementEmpty() =>
        new("supplement.empty", "补正告知须列明全部需要补正的材料", "A supplement notice must list every material to supplement") { Target = "items" };

    public static CaseRefusal SupplementTooMany(int count) =>
        new("supplement.items", $"补正告知最多列 {TextLimits.SupplementItems} 项，现有 {count} 项",
            $"A supplement notice lists at most {TextLimits.SupplementItems} items; it has {count}") { Target = "items" };

    public static CaseRefusal SupplementOnce(DateTimeOffset earlier) =>
        new("supplement.once", $"已于 {HallTime.FormatDate(earlier)} 一次性告知补正，不能再次要求补正",
            $"The one supplement notice was already given on {HallTime.FormatDate(earlier)}; it cannot be repeated");

    public static CaseRefusal ReturnOpinion() => new("return.opinion", "退回须说明理由", "A return needs its reason") { Target = "opinion" };

    public static CaseRefusal ProcedureReason() =>
        new("procedure.reason", "特别程序须写明种类和理由", "A special procedure needs its kind and reason") { Target = "reason" };

    public static CaseRefusal ProcedureNotAccepted() =>
        new("procedure.not-accepted", "受理前不能启动特别程序", "A special procedure can only start after acceptance");

    public static CaseRefusal ProcedureOpen() =>
        new("procedure.open", "已有特别程序或补正正在进行，办理期限已暂停", "A special procedure or supplement is already under way; the clock is already stopped");

    public static CaseRefusal NoOpenProcedure() =>
        new("procedure.none", "本件没有进行中的特别程序", "This case has no special procedure under way");

    public static CaseRefusal ProcedureResult() =>
        new("procedure.result", "结束特别程序须写明结果", "Ending a special procedure needs its result") { Target = "result" };

    public static CaseRefusal ExtensionNotAccepted() => new("extension.not-accepted", "受理后才能延期", "Only an accepted case can be extended");

    public static CaseRefusal ExtensionOnce(int days) =>
        new("extension.once", $"本件已延期 {days} 个工作日，只能延期一次", $"This case was already extended by {days} working days; it can be extended once only");

    public static CaseRefusal ExtensionDays(int days) =>
        new("extension.days", $"延期为 1 至 {CaseRules.MaxExtensionDays} 个工作日，申请了 {days} 个",
            $"An extension is 1 to {CaseRules.MaxExtensionDays} working days; {days} were asked") { Target = "days" };

    public static CaseRefusal ExtensionReason() =>
        new("extension.reason", "延期须说明理由并告知申请人", "An extension needs a reason, told to the applicant") { Target = "reason" };

    public static CaseRefusal ExtensionApprover(string? approver, string unit) =>
        new("extension.approver", $"{approver} 不是 {unit} 的机关负责人，不能批准延期", $"{approver} is not the agency head of {unit} and cannot approve an extension")
        { Target = "approvedBy" };

    public static CaseRefusal WithdrawFiler() =>
        new("withdraw.applicant", "只有申请人或其代办员可以撤回申请", "Only the applicant or their agent can withdraw the application");

    public static CaseRefusal WithdrawDecided() =>
        new("withdraw.decided", "已作出决定的办件不能撤回", "A case that has been decided cannot be withdrawn");

    public static CaseRefusal WithdrawReason() =>
        new("withdraw.reason", "撤回申请须说明理由", "A withdrawal needs its reason") { Target = "reason" };

}
