using System.Text.Json;
using WorkflowHall.Data;
using WorkflowHall.Data.Records;
using WorkflowHall.Data.Runtime;
using WorkflowHall.Engine.Trail;

namespace WorkflowHall.Web.Api.Instances;

/// <summary>One entry of an instance's hash-chained trail.</summary>
public sealed record TrailEventResponse(long Sequence, DateTimeOffset At, string Actor, string Kind)
{
    public string? NodeId { get; init; }
    public string? WorkItemId { get; init; }
    public string? Outcome { get; init; }
    public string? Opinion { get; init; }
    public string? Detail { get; init; }
    public JsonElement? Variables { get; init; }
    public required string PreviousHash { get; init; }
    public required string Hash { get; init; }

    public static TrailEventResponse From(TrailEvent e) => new(e.Sequence, e.At, e.Actor, e.Kind.ToString())
    {
        NodeId = e.NodeId,
        WorkItemId = e.WorkItemId,
        Outcome = e.Outcome,
        Opinion = e.Opinion,
        Detail = e.Detail,
        Variables = Json(e.VariablesJson),
        PreviousHash = e.PreviousHash,
        Hash = e.Hash,
    };

    /// <summary>A row that no longer reads as an event (<see cref="StoredTrail"/>), as it is stored.</summary>
    public static TrailEventResponse From(TrailEventRecord r) => new(r.Sequence, StoredTime.FromStored(r.At), r.Actor, r.Kind)
    {
        NodeId = r.NodeId,
        WorkItemId = r.WorkItemId,
        Outcome = r.Outcome,
        Opinion = r.Opinion,
        Detail = r.Detail,
        Variables = Json(r.VariablesJson),
        PreviousHash = r.PreviousHash,
        Hash = r.Hash,
    };

    // Variables edited into something that is not JSON are left out rather than failing the whole trail.
    private static JsonElement? Json(string? json)
    {
        if (json is null) return null;
        try
        {
            return JsonDocument.Parse(json).RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
