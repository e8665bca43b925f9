using WorkflowHall.Data;

namespace WorkflowHall.Web.Portal.Applicant;

/// <summary>Stored UTC instants as the hall shows them: China time (UTC+8), <c>yyyy-MM-dd HH:mm</c>.</summary>
internal static class ChinaTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static DateTimeOffset Of(DateTime storedUtc) => StoredTime.FromStored(storedUtc).ToOffset(Offset);

    public static string Format(DateTime storedUtc) => Of(storedUtc).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    public static string Format(DateTime? storedUtc) => storedUtc is { } at ? Format(at) : "";

    public static string Format(DateTimeOffset instant) => instant.ToOffset(Offset).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A date as a written notice puts it: 2026年3月9日.</summary>
    public static string NoticeDate(DateTime storedUtc) => Of(storedUtc).ToString("yyyy年M月d日", System.Globalization.CultureInfo.InvariantCulture);
}
