namespace WorkflowHall.Domain.Ratings;

/// <summary>Names of <see cref="RectificationStatus"/> and which states are still open.</summary>
public static class RectificationStatuses
{
    /// <summary>The states whose deadline still runs, so they can become overdue.</summary>
    public static IReadOnlyList<RectificationStatus> Open { get; } =
        [RectificationStatus.PendingReview, RectificationStatus.Verified, RectificationStatus.InProgress];

    public static bool IsOpen(this RectificationStatus status) =>
        status is RectificationStatus.PendingReview or RectificationStatus.Verified or RectificationStatus.InProgress;

    public static string Chinese(this RectificationStatus status) => status switch
    {
        RectificationStatus.PendingReview => "待核实",
        RectificationStatus.Verified => "已核实（待整改）",
        RectificationStatus.InProgress => "整改中",
        RectificationStatus.Completed => "整改完成",
        RectificationStatus.Impossible => "无法整改",
        RectificationStatus.Invalid => "无效差评",
        _ => status.ToString(),
    };

    public static string English(this RectificationStatus status) => status switch
    {
        RectificationStatus.PendingReview => "pending review",
        RectificationStatus.Verified => "verified, not started",
        RectificationStatus.InProgress => "in progress",
        RectificationStatus.Completed => "completed",
        RectificationStatus.Impossible => "impossible to rectify",
        RectificationStatus.Invalid => "an invalid bad rating",
        _ => status.ToString(),
    };
}
