using WorkflowHall.Data.Runtime;

namespace WorkflowHall.Web.Api.Definitions;

/// <summary>A published version with its nodes and flows.</summary>
public sealed record VersionDetailResponse(VersionResponse Version, string? Documentation, IReadOnlyList<NodeResponse> Nodes, IReadOnlyList<FlowResponse> Flows)
{
    public static VersionDetailResponse From(PublishedDefinition published) => new(
        VersionResponse.From(published.Record),
        published.Definition.Documentation,
        published.Definition.Nodes.Select(NodeResponse.From).ToList(),
        published.Definition.Flows.Select(FlowResponse.From).ToList());
}
