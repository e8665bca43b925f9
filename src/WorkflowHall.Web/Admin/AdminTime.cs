using System.Globalization;
using WorkflowHall.Data;

namespace WorkflowHall.Web.Admin;

/// <summary>Stored instants on the administration pages: China time, <c>yyyy-MM-dd HH:mm</c>.</summary>
internal static class AdminTime
{
    public static readonly TimeSpan China = TimeSpan.FromHours(8);

    public static string Show(DateTime? stored) =>
        stored is { } value ? StoredTime.FromStored(value).ToOffset(China).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : "";

    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(China).DateTime);

    public static bool English => !CultureInfo.CurrentUICulture.Name.StartsWith("zh", StringComparison.Ordinal);

    public static string Pick(string zh, string en) => English ? en : zh;
}
