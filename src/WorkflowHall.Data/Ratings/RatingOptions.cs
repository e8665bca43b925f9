using System.ComponentModel.DataAnnotations;

namespace WorkflowHall.Data.Ratings;

/// <summary>
/// The local rules of 好差评 (configuration section <c>Ratings</c>). The national text sets no
/// deadline; provinces do (DOMAIN.md §3), so each hall sets its own.
/// </summary>
public sealed class RatingOptions
{
    public const string Section = "Ratings";

    /// <summary>Working days a bad rating's rectification has, counted from the day after the rating: Sichuan 15 (the default), Dezhou 5.</summary>
    [Range(1, 365, ErrorMessage = "须为 1 到 365 个工作日 / must be 1 to 365 working days")]
    public int RectificationWorkingDays { get; set; } = 15;

    /// <summary>The most working days the one extension may add (no source fixes it; default one more full period).</summary>
    [Range(0, 365, ErrorMessage = "须为 0 到 365 个工作日 / must be 0 to 365 working days")]
    public int MaxExtensionWorkingDays { get; set; } = 15;

    /// <summary>Longest 文字评价 accepted, in characters.</summary>
    [Range(1, 100_000, ErrorMessage = "须为 1 到 100000 个字符 / must be 1 to 100,000 characters")]
    public int MaxCommentLength { get; set; } = 1000;
}
