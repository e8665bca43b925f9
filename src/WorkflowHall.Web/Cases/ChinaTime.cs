using WorkflowHall.Data;
using WorkflowHall.Data.Records;

namespace WorkflowHall.Web.Cases;

/// <summary>Stored UTC instants as the hall shows them: China time (UTC+8), <c>yyyy-MM-dd HH:mm</c>.</summary>
public static class ChinaTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static DateTimeOffset Of(DateTime storedUtc) => StoredTime.FromStored(storedUtc).ToOffset(Offset);

    public static string Format(DateTime storedUtc) => Of(storedUtc).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    public static string Format(DateTime? storedUtc) => storedUtc is { } at ? Format(at) : "";

    /// <summary>A due date as lists show it: blank when there is none (a step without a time limit sorts last with <see cref="WorkItemRecord.NoDueDate"/>).</summary>
    public static string Due(DateTime? storedUtc) => storedUtc is { } at && at < WorkItemRecord.NoDueDate ? Format(at) : "";

    public static string Format(DateTimeOffset instant) => instant.ToOffset(Offset).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A date as a written notice puts it: 2026年3月9日.</summary>
    public static string NoticeDate(DateTime storedUtc) => Of(storedUtc).ToString("yyyy年M月d日", System.Globalization.CultureInfo.InvariantCulture);
}
