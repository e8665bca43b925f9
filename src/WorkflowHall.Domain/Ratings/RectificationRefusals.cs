using WorkflowHall.Engine.Time;

namespace WorkflowHall.Domain.Ratings;

/// <summary>The refusals of <see cref="RectificationRules"/>.</summary>
internal static class RectificationRefusals
{
    public static RatingRefusal Ended(RectificationStatus status, RectificationAction action) => new("rectification.ended",
        $"整改单已结束（{status.Chinese()}），不能再{VerbZh(action)}",
        $"The rectification has ended ({status.English()}); it can no longer be {VerbEn(action)}");

    public static RatingRefusal WrongState(RectificationStatus status, RectificationAction action, IReadOnlyList<RectificationStatus> sources) =>
        new("rectification.state",
            $"只有“{string.Join("”或“", sources.Select(s => s.Chinese()))}”的整改单才能{VerbZh(action)}，此整改单当前为“{status.Chinese()}”{HintZh(status)}",
            $"Only a rectification that is {string.Join(" or ", sources.Select(s => s.English()))} can be {VerbEn(action)}; this one is {status.English()}{HintEn(status)}");

    public static RatingRefusal TextRequired(RectificationAction action) => action switch
    {
        RectificationAction.MarkInvalid => new("rectification.reason",
            "认定无效差评须说明理由（如误评、恶意差评及核实经过）",
            "Give the reason the bad rating is invalid (a mistaken or malicious rating, and how it was checked)"),
        RectificationAction.DeclareImpossible => new("rectification.reason",
            "认定无法整改须说明原因，并向申请人解释",
            "Give the reason it cannot be rectified, as explained to the applicant"),
        RectificationAction.Complete => new("rectification.outcome",
            "请填写整改结果",
            "Describe the outcome of the rectification"),
        RectificationAction.Extend => new("rectification.reason",
            "申请延期须说明理由",
            "Give the reason for the extension"),
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, "This action needs no text."),
    };

    public static RatingRefusal AlreadyExtended(DateTimeOffset dueAt) => new("rectification.extended",
        $"整改期限只能延长一次，此整改单已延期至 {HallTime.FormatDate(dueAt)}",
        $"The deadline can be extended once only; this rectification was already extended to {HallTime.FormatDate(dueAt)}");

    public static RatingRefusal ExtensionLength(int workingDays, int max) => new("rectification.extension-days",
        $"延期应为 1 至 {max} 个工作日，收到的是 {workingDays}",
        $"An extension is 1 to {max} working days, not {workingDays}");

    public static RatingRefusal ExtensionTooLate(DateTimeOffset dueAt) => new("rectification.overdue",
        $"整改期限已于 {HallTime.FormatDate(dueAt)} 届满，超期后不能再申请延期",
        $"The deadline passed at the end of {HallTime.FormatDate(dueAt)}; an overdue rectification cannot be extended");

    private static string HintZh(RectificationStatus status) => status switch
    {
        RectificationStatus.PendingReview => "，请先核实差评是否有效",
        RectificationStatus.Verified => "，请先开始整改",
        _ => "",
    };

    private static string HintEn(RectificationStatus status) => status switch
    {
        RectificationStatus.PendingReview => "; review whether the rating is valid first",
        RectificationStatus.Verified => "; start the rectification first",
        _ => "",
    };

    private static string VerbZh(RectificationAction action) => action switch
    {
        RectificationAction.ConfirmValid => "核实为有效差评",
        RectificationAction.MarkInvalid => "认定为无效差评",
        RectificationAction.Start => "开始整改",
        RectificationAction.Extend => "申请延期",
        RectificationAction.Complete => "办结整改",
        RectificationAction.DeclareImpossible => "认定无法整改",
        _ => action.ToString(),
    };

    private static string VerbEn(RectificationAction action) => action switch
    {
        RectificationAction.ConfirmValid => "confirmed as a valid bad rating",
        RectificationAction.MarkInvalid => "marked as an invalid bad rating",
        RectificationAction.Start => "started",
        RectificationAction.Extend => "extended",
        RectificationAction.Complete => "completed",
        RectificationAction.DeclareImpossible => "declared impossible to rectify",
        _ => action.ToString(),
    };
}
