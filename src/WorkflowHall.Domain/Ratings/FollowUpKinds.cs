namespace WorkflowHall.Domain.Ratings;

/// <summary>Names of <see cref="FollowUpKind"/>, and which kinds a person records by hand.</summary>
public static class FollowUpKinds
{
    /// <summary>回访, 现场回访 and 反馈: contacts with the applicant; the other kinds are written by the steps themselves.</summary>
    public static bool IsContact(this FollowUpKind kind) => kind is FollowUpKind.Call or FollowUpKind.Visit or FollowUpKind.Feedback;

    /// <summary>The record a step of the rectification leaves.</summary>
    public static FollowUpKind Of(RectificationAction action) => action switch
    {
        RectificationAction.ConfirmValid => FollowUpKind.ConfirmedValid,
        RectificationAction.MarkInvalid => FollowUpKind.MarkedInvalid,
        RectificationAction.Start => FollowUpKind.Started,
        RectificationAction.Extend => FollowUpKind.Extended,
        RectificationAction.Complete => FollowUpKind.Completed,
        RectificationAction.DeclareImpossible => FollowUpKind.DeclaredImpossible,
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, "Unknown rectification action."),
    };

    public static string Chinese(this FollowUpKind kind) => kind switch
    {
        FollowUpKind.Opened => "整改单生成",
        FollowUpKind.ConfirmedValid => "核实有效",
        FollowUpKind.MarkedInvalid => "认定无效差评",
        FollowUpKind.Started => "开始整改",
        FollowUpKind.Extended => "延期",
        FollowUpKind.Completed => "整改完成",
        FollowUpKind.DeclaredImpossible => "无法整改",
        FollowUpKind.Call => "电话回访",
        FollowUpKind.Visit => "现场回访",
        FollowUpKind.Feedback => "反馈",
        _ => kind.ToString(),
    };

    public static string English(this FollowUpKind kind) => kind switch
    {
        FollowUpKind.Opened => "opened",
        FollowUpKind.ConfirmedValid => "confirmed valid",
        FollowUpKind.MarkedInvalid => "marked invalid",
        FollowUpKind.Started => "started",
        FollowUpKind.Extended => "extended",
        FollowUpKind.Completed => "completed",
        FollowUpKind.DeclaredImpossible => "declared impossible",
        FollowUpKind.Call => "follow-up call",
        FollowUpKind.Visit => "follow-up visit",
        FollowUpKind.Feedback => "feedback",
        _ => kind.ToString(),
    };
}
