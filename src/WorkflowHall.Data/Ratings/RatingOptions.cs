namespace WorkflowHall.Data.Ratings;

/// <summary>
/// The local rules of 好差评 (configuration section <c>Ratings</c>). The national text sets no
/// deadline; provinces do (DOMAIN.md §3), so each hall sets its own.
/// </summary>
public sealed class RatingOptions
{
    /// <summary>Working days a bad rating's rectification has, counted from the day after the rating: Sichuan 15 (the default), Dezhou 5.</summary>
    public int RectificationWorkingDays { get; set; } = 15;

    /// <summary>The most working days the one extension may add (no source fixes it; default one more full period).</summary>
    public int MaxExtensionWorkingDays { get; set; } = 15;

    /// <summary>Longest 文字评价 accepted, in characters.</summary>
    public int MaxCommentLength { get; set; } = 1000;
}
