using WorkflowHall.Engine.Versions;

namespace WorkflowHall.Web.Api.Definitions;

/// <summary>What changed from one version to another, element by element.</summary>
public sealed record ComparisonResponse(string Key, int From, int To, bool Identical, IReadOnlyList<ElementChange> Nodes, IReadOnlyList<ElementChange> Flows)
{
    public static ComparisonResponse Of(string key, int from, int to, DefinitionDiff diff) =>
        new(key, from, to, diff.IsEmpty, diff.Nodes, diff.Flows);
}
