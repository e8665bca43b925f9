namespace WorkflowHall.Web.Api.Instances;

/// <summary>An accepted command: where the instance stands now, and the trail events the command wrote.</summary>
public sealed record CommandResponse(string InstanceId, int DefinitionVersion, string Status, int Revision)
{
    public string? EndNodeId { get; init; }
    public required IReadOnlyList<WorkItemResponse> WorkItems { get; init; }
    public required IReadOnlyList<TrailEventResponse> Events { get; init; }
}
