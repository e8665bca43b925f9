namespace WorkflowHall.Web.Api.Instances;

/// <summary>An instance as a client sees it: where it stands, its variables, open work items and (unless asked not to) its trail.</summary>
public sealed record InstanceResponse(string Id, string DefinitionKey, int DefinitionVersion, string Status, int Revision)
{
    public string? HandlingUnit { get; init; }
    public string? BusinessKey { get; init; }
    public required string StartedBy { get; init; }
    public DateTimeOffset StartedAt { get; init; }
    public DateTimeOffset? EndedAt { get; init; }
    public string? EndNodeId { get; init; }
    public bool ClockPaused { get; init; }
    public required IReadOnlyDictionary<string, object?> Variables { get; init; }
    public required IReadOnlyList<WorkItemResponse> WorkItems { get; init; }
    public long TrailLength { get; init; }
    public required string TrailHead { get; init; }
    public IReadOnlyList<TrailEventResponse>? Trail { get; init; }
}
