using System.Text.Json;
using WorkflowHall.Data.Records;
using WorkflowHall.Engine.Execution;

namespace WorkflowHall.Data.Runtime;

/// <summary>
/// Reads an instance's stored state for showing it. A state edited outside the hall (variables that are not JSON,
/// a number no decimal holds, a map where a list belongs) comes back as the reason it does not read, with the JSON
/// path where there is one, instead of an exception.
/// </summary>
public static class StoredInstanceState
{
    public static InstanceState? TryRead(InstanceRecord record, out string? reason)
    {
        try
        {
            reason = null;
            return InstanceStateJson.Deserialize(record.StateJson);
        }
        catch (JsonException e)
        {
            reason = e.Path is { Length: > 0 } path ? $"{path}: {FirstLine(e.Message)}" : FirstLine(e.Message);
        }
        catch (Exception e) when (e is FormatException or OverflowException or ArgumentException or InvalidOperationException or NotSupportedException)
        {
            reason = FirstLine(e.Message);
        }
        return null;
    }

    private static string FirstLine(string message) => message.Split('\n')[0].Trim();
}
