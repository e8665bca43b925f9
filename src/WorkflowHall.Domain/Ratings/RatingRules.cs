using WorkflowHall.Domain.Cases;

namespace WorkflowHall.Domain.Ratings;

/// <summary>
/// Who may rate a case and when (DOMAIN.md §3, issue item 8): once per case, after it has ended, by
/// its applicant only. Ended means a result the applicant received: 办结 (issued/closed), 不予许可 or
/// 不予受理 — a refusal is rated too. Withdrawn and terminated cases have no result and are not rated.
/// </summary>
public static class RatingRules
{
    /// <summary>The case states in which the applicant may rate.</summary>
    public static IReadOnlyList<CaseStatus> EndedStates { get; } = [CaseStatus.Closed, CaseStatus.Refused, CaseStatus.NotAccepted];

    public static bool HasEnded(CaseStatus status) => status is CaseStatus.Closed or CaseStatus.Refused or CaseStatus.NotAccepted;

    /// <summary>
    /// Null when the rating may be made, else why not. Checked in this order: the rater (so a
    /// stranger learns nothing about the case), the case's state, then an earlier rating, dated
    /// when <paramref name="firstRatedAt"/> is given.
    /// </summary>
    public static RatingRefusal? CanRate(CaseStatus caseStatus, bool alreadyRated, bool raterIsApplicant, DateTimeOffset? firstRatedAt = null)
    {
        if (!raterIsApplicant) return RatingRefusals.NotApplicant();
        if (!HasEnded(caseStatus)) return RatingRefusals.NotEnded(caseStatus);
        if (alreadyRated || firstRatedAt is not null) return RatingRefusals.AlreadyRated(firstRatedAt);
        return null;
    }
}
