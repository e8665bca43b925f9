using System.Collections.Immutable;

namespace WorkflowHall.Engine.Bpmn;

public readonly record struct Bounds(double X, double Y, double Width, double Height);

public readonly record struct Waypoint(double X, double Y);

/// <summary>Diagram interchange (BPMNDI) positions: shapes by element id, edges by flow id.</summary>
public sealed record DiagramLayout(ImmutableDictionary<string, ShapeLayout> Shapes, ImmutableDictionary<string, ImmutableArray<Waypoint>> Edges);

public sealed record ShapeLayout(Bounds Bounds)
{
    public bool? IsExpanded { get; init; }
}
