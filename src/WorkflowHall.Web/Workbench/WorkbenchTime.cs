using WorkflowHall.Data.Records;

namespace WorkflowHall.Web.Workbench;

/// <summary>Stored instants as the workbench shows them: China time, <c>yyyy-MM-dd HH:mm</c>.</summary>
public static class WorkbenchTime
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    public static string Show(DateTime? stored) =>
        stored is not { } value || value >= WorkItemRecord.NoDueDate ? "" : Data.StoredTime.FromStored(value).ToOffset(China).ToString("yyyy-MM-dd HH:mm");
}
