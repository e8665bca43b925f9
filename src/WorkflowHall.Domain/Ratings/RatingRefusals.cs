using WorkflowHall.Domain.Cases;
using WorkflowHall.Engine.Time;

namespace WorkflowHall.Domain.Ratings;

/// <summary>The refusals of 好差评 rating.</summary>
public static class RatingRefusals
{
    public static RatingRefusal NotEnded(CaseStatus status) => status switch
    {
        CaseStatus.Withdrawn => new("rating.withdrawn",
            "办件已撤回，没有办理结果，不能评价",
            "The case was withdrawn and has no result to rate"),
        CaseStatus.Terminated => new("rating.terminated",
            "办件已被强制终止，不能评价；如有异议请通过投诉渠道反映",
            "The case was terminated and cannot be rated; raise any objection through the complaint channel"),
        _ => new("rating.not-ended",
            $"办件尚未办结，办结后才能评价（当前状态：{status.Chinese()}）",
            $"The case has not ended yet; it can be rated once it is closed (now: {Describe(status)})"),
    };

    public static RatingRefusal AlreadyRated(DateTimeOffset? firstRatedAt) => firstRatedAt is { } at
        ? new("rating.already-rated",
            $"每个办件只能评价一次，此办件已于 {HallTime.FormatMinute(at)} 评价",
            $"Each case can be rated once; this one was rated on {HallTime.FormatMinute(at)} (UTC+8)")
        : new("rating.already-rated",
            "每个办件只能评价一次",
            "Each case can be rated once");

    public static RatingRefusal NotApplicant() => new("rating.not-applicant",
        "只有申请人本人可以评价",
        "Only the applicant can rate the case");

    /// <summary>The village agent who applied (代办) asks to rate: the rating is the applicant's own voice.</summary>
    public static RatingRefusal AgentMayNotRate() => new("rating.not-applicant",
        "代办人不能代替申请人评价，只有申请人本人可以评价",
        "An agent cannot rate on the applicant's behalf; only the applicant can rate the case");

    public static RatingRefusal UnknownGrade(int code) => new("rating.grade",
        $"评价等级应为 1（非常满意）至 5（非常不满意），收到的是 {code}",
        $"A grade is 1 (very satisfied) to 5 (very dissatisfied), not {code}");

    public static RatingRefusal UnknownChannel(int code) => new("rating.channel",
        $"评价渠道代码应为 1 至 7（PC端、移动服务端、二维码、政务大厅平板电脑、政务大厅其他终端、电话、短信），收到的是 {code}",
        $"A rating channel is a code from 1 to 7 (PC, mobile, QR code, hall tablet, other hall terminal, telephone, SMS), not {code}");

    public static RatingRefusal CommentTooLong(int length, int max) => new("rating.comment",
        $"文字评价最多 {max} 字，您写了 {length} 字",
        $"A comment has at most {max} characters; this one has {length}");

    private static string Describe(CaseStatus status) => status switch
    {
        CaseStatus.Submitted => "submitted",
        CaseStatus.SupplementRequested => "waiting for supplements",
        CaseStatus.Accepted => "accepted",
        CaseStatus.InReview => "in review",
        CaseStatus.Suspended => "suspended for a special procedure",
        CaseStatus.Extended => "in review, time limit extended",
        CaseStatus.Approved => "approved, certificate not issued yet",
        _ => status.ToString(),
    };
}
