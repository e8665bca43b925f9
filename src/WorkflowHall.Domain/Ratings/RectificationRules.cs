namespace WorkflowHall.Domain.Ratings;

/// <summary>
/// The rectification (整改) of a 差评 as a state machine (DOMAIN.md §3, after zwfw-ui's
/// <c>evaluate/reform.vue</c>): the review finds the rating valid or invalid; a valid one is started,
/// then completed or declared impossible. The deadline may be extended once, while in progress and
/// before it passes. An open rectification past its deadline is overdue (整改超期).
/// </summary>
public static class RectificationRules
{
    /// <summary>Every legal move; anything else is refused.</summary>
    public static IReadOnlyList<RectificationTransition> Transitions { get; } =
    [
        new(RectificationStatus.PendingReview, RectificationAction.ConfirmValid, RectificationStatus.Verified),
        new(RectificationStatus.PendingReview, RectificationAction.MarkInvalid, RectificationStatus.Invalid),
        new(RectificationStatus.Verified, RectificationAction.Start, RectificationStatus.InProgress),
        new(RectificationStatus.InProgress, RectificationAction.Extend, RectificationStatus.InProgress),
        new(RectificationStatus.InProgress, RectificationAction.Complete, RectificationStatus.Completed),
        new(RectificationStatus.InProgress, RectificationAction.DeclareImpossible, RectificationStatus.Impossible),
    ];

    /// <summary>Where <paramref name="action"/> leads from <paramref name="from"/>, or null when it is not a legal move.</summary>
    public static RectificationStatus? Target(RectificationStatus from, RectificationAction action) =>
        Transitions.FirstOrDefault(t => t.From == from && t.Action == action)?.To;

    /// <summary>
    /// Null when <paramref name="action"/> may be taken now, else why not: the state first, then the
    /// text the action needs (<see cref="NeedsText"/>). Extensions have more to check: see <see cref="CanExtend"/>.
    /// </summary>
    public static RatingRefusal? Check(RectificationStatus from, RectificationAction action, string? text)
    {
        if (Target(from, action) is null)
        {
            return from.IsOpen() ? RectificationRefusals.WrongState(from, action, SourcesOf(action)) : RectificationRefusals.Ended(from, action);
        }

        return NeedsText(action) && string.IsNullOrWhiteSpace(text) ? RectificationRefusals.TextRequired(action) : null;
    }

    /// <summary>Whether the action must say why or what (a confirmation or a start may carry a note, but need not).</summary>
    public static bool NeedsText(RectificationAction action) =>
        action is RectificationAction.MarkInvalid or RectificationAction.DeclareImpossible or RectificationAction.Complete or RectificationAction.Extend;

    /// <summary>
    /// Null when the deadline may move by <paramref name="workingDays"/>: in progress, not extended
    /// before, 1 to <paramref name="maxWorkingDays"/> working days, asked before the deadline passed,
    /// with a reason.
    /// </summary>
    public static RatingRefusal? CanExtend(RectificationStatus status, bool alreadyExtended, int workingDays, int maxWorkingDays,
        DateTimeOffset dueAt, DateTimeOffset now, string? reason)
    {
        if (Target(status, RectificationAction.Extend) is null) return Check(status, RectificationAction.Extend, reason);
        if (alreadyExtended) return RectificationRefusals.AlreadyExtended(dueAt);
        if (workingDays < 1 || workingDays > maxWorkingDays) return RectificationRefusals.ExtensionLength(workingDays, maxWorkingDays);
        if (now > dueAt) return RectificationRefusals.ExtensionTooLate(dueAt);
        return Check(status, RectificationAction.Extend, reason);
    }

    /// <summary>整改超期: still open after the end of its deadline.</summary>
    public static bool IsOverdue(RectificationStatus status, DateTimeOffset dueAt, DateTimeOffset now) => status.IsOpen() && now > dueAt;

    private static RectificationStatus[] SourcesOf(RectificationAction action) =>
        [.. Transitions.Where(t => t.Action == action).Select(t => t.From).Distinct()];
}
