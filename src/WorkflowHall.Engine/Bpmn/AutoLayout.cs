using System.Collections.Immutable;
using WorkflowHall.Engine.Bpmn.Layout;

namespace WorkflowHall.Engine.Bpmn;

/// <summary>
/// A readable left-to-right diagram for a definition that has none: longest-path layers from the
/// start event (loops set aside), a layer's nodes stacked vertically, bpmn-js's standard sizes,
/// expanded sub-processes sized to their children, orthogonal edges between shape borders.
/// </summary>
public static class AutoLayout
{
    private const double Margin = 60;

    public static DiagramLayout Compute(ProcessDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var scope = ScopeLayout.For(definition, null);
        var shapes = ImmutableDictionary.CreateBuilder<string, ShapeLayout>();
        foreach (var (id, bounds) in scope.Positions)
        {
            shapes[id] = new ShapeLayout(bounds with { X = bounds.X + Margin, Y = bounds.Y + Margin })
            {
                IsExpanded = definition.Graph.TryGetNode(id, out var node) && node is SubProcess ? true : null,
            };
        }

        PlaceStrays(definition, shapes, Margin + scope.Height + Margin);
        return new DiagramLayout(shapes.ToImmutable(), RouteEdges(definition, shapes, ImmutableDictionary<string, ImmutableArray<Waypoint>>.Empty));
    }

    /// <summary>Edges for every flow: kept when <paramref name="known"/> has them, routed between the shapes otherwise.</summary>
    internal static ImmutableDictionary<string, ImmutableArray<Waypoint>> RouteEdges(
        ProcessDefinition definition, IReadOnlyDictionary<string, ShapeLayout> shapes, IReadOnlyDictionary<string, ImmutableArray<Waypoint>> known)
    {
        var graph = definition.Graph;
        var edges = ImmutableDictionary.CreateBuilder<string, ImmutableArray<Waypoint>>();
        foreach (var flow in definition.Flows.DistinctBy(f => f.Id))
        {
            if (known.TryGetValue(flow.Id, out var waypoints))
            {
                edges[flow.Id] = waypoints;
            }
            else if (shapes.TryGetValue(flow.SourceId, out var source) && shapes.TryGetValue(flow.TargetId, out var target))
            {
                graph.TryGetNode(flow.SourceId, out var sourceNode);
                graph.TryGetNode(flow.TargetId, out var targetNode);
                edges[flow.Id] = EdgeRouter.Route(source.Bounds, sourceNode, target.Bounds, targetNode, Obstacles(definition, shapes, sourceNode, targetNode));
            }
        }

        return edges.ToImmutable();
    }

    /// <summary>The shapes a flow should not cross: the other nodes of its scope, bar the timers on its own ends.</summary>
    private static List<Bounds> Obstacles(ProcessDefinition definition, IReadOnlyDictionary<string, ShapeLayout> shapes, FlowNode? source, FlowNode? target)
    {
        var ends = new HashSet<string?> { source?.Id, target?.Id, (source as TimerBoundaryEvent)?.AttachedToId };
        return definition.Nodes
            .Where(n => n.ParentId == source?.ParentId && !ends.Contains(n.Id)
                && !(n is TimerBoundaryEvent b && ends.Contains(b.AttachedToId)))
            .Select(n => shapes.TryGetValue(n.Id, out var shape) ? shape.Bounds : (Bounds?)null)
            .OfType<Bounds>()
            .ToList();
    }

    /// <summary>
    /// Nodes the layered layout could not place (a boundary event on a missing activity, a node in
    /// an unknown scope) go in a row below the diagram, so that every node still has a shape.
    /// </summary>
    internal static void PlaceStrays(ProcessDefinition definition, ImmutableDictionary<string, ShapeLayout>.Builder shapes, double top)
    {
        var x = Margin;
        foreach (var node in definition.Nodes.DistinctBy(n => n.Id).Where(n => !shapes.ContainsKey(n.Id)))
        {
            var (width, height) = ShapeSizes.Of(node);
            shapes[node.Id] = new ShapeLayout(new Bounds(x, top, width, height));
            x += width + Margin;
        }
    }
}
