using System.Text.Json;
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
        Variables = e.VariablesJson is { } json ? JsonDocument.Parse(json).RootElement.Clone() : null,
        PreviousHash = e.PreviousHash,
        Hash = e.Hash,
    };
}
