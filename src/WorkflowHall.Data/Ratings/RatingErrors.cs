using WorkflowHall.Domain.Ratings;

namespace WorkflowHall.Data.Ratings;

/// <summary>The refusals of <see cref="RatingService"/> and <see cref="RectificationService"/> that are not domain rules.</summary>
internal static class RatingErrors
{
    public static HallError From(RatingRefusal refusal) => new(refusal.Code, refusal.MessageZh, refusal.MessageEn);

    public static HallError CaseNotFound(string caseId) => new("rating.case-not-found",
        $"找不到办件“{caseId}”",
        $"There is no case “{caseId}”") { Target = caseId };

    public static HallError RaterRequired() => new("rating.rater",
        "没有评价人：请登录后再评价",
        "No rater given: sign in to rate");

    public static HallError NotFound(long id) => new("rectification.not-found",
        $"找不到整改单 {id}",
        $"There is no rectification {id}") { Target = id.ToString() };

    public static HallError ActorRequired() => new("rectification.actor",
        "请注明经办人",
        "Say who is acting");

    public static HallError Stale(long id, int expected, int actual) => new("rectification.stale",
        $"整改单 {id} 已被他人更新（您看到的是第 {expected} 版，现在是第 {actual} 版），请刷新后重试",
        $"Someone else updated rectification {id} (you saw revision {expected}, it is now {actual}); reload and try again") { Target = id.ToString() };

    public static HallError Conflict(long id) => new("rectification.conflict",
        $"整改单 {id} 刚被他人更新，请刷新后重试",
        $"Someone else just updated rectification {id}; reload and try again") { Target = id.ToString() };

    public static HallError NotAContact(FollowUpKind kind) => new("rectification.follow-up-kind",
        $"手工只能登记电话回访、现场回访或反馈；“{kind.Chinese()}”由整改的相应环节自动记录",
        $"Only calls, visits and feedback are recorded by hand; “{kind.English()}” is recorded by the step itself");

    public static HallError NoteRequired(FollowUpKind kind) => new("rectification.note",
        $"请填写{kind.Chinese()}的内容",
        $"Write what the {kind.English()} was about");
}
