using System.Globalization;
using WorkflowHall.Engine.Execution;
using WorkflowHall.Engine.Execution.Commands;

namespace WorkflowHall.Engine.Trail;

/// <summary>Which definition and versions a trail ran on: the start event names them, migration commands add the rest.</summary>
public sealed record TrailVersions(string DefinitionKey, int StartVersion, IReadOnlyList<int> Versions)
{
    /// <summary>Null when the trail does not begin with the instance's start.</summary>
    public static TrailVersions? Of(IReadOnlyList<TrailEvent> events)
    {
        if (events.Count == 0 || events[0] is not { Kind: TrailEventKind.InstanceStarted, Detail: { } detail }) return null;
        var separator = detail.LastIndexOf(':');
        if (separator <= 0 || !int.TryParse(detail[(separator + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var start)) return null;

        var versions = new List<int> { start };
        foreach (var e in events)
        {
            if (e is { Kind: TrailEventKind.InstanceMigrated, Command: { } json } && CommandJson.Deserialize(json) is MigrateInstance migrate && !versions.Contains(migrate.ToVersion))
            {
                versions.Add(migrate.ToVersion);
            }
        }
        return new TrailVersions(detail[..separator], start, versions);
    }
}
