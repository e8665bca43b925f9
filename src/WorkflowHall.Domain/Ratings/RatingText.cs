using System.Globalization;

namespace WorkflowHall.Domain.Ratings;

/// <summary>How times appear in rating messages: China time, to the minute.</summary>
internal static class RatingText
{
    private static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);

    public static string Zh(DateTimeOffset at) => at.ToOffset(ChinaOffset).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    public static string En(DateTimeOffset at) => Zh(at) + " (UTC+8)";

    public static string Date(DateTimeOffset at) => at.ToOffset(ChinaOffset).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
