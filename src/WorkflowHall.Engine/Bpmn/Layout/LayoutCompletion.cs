using System.Collections.Immutable;

namespace WorkflowHall.Engine.Bpmn.Layout;

/// <summary>
/// The diagram an export draws: the definition's own positions where it has them, auto-layout for
/// the rest. Shapes the drawing lacks are laid out apart, below it, so they never cover drawn
/// ones; a boundary timer without a position sits on its activity's border.
/// </summary>
internal static class LayoutCompletion
{
    private const double Gap = 80;

    public static DiagramLayout Complete(ProcessDefinition definition)
    {
        if (definition.Diagram is not { } drawn)
        {
            return AutoLayout.Compute(definition);
        }

        var ids = definition.Nodes.Select(n => n.Id).ToHashSet();
        var shapes = ImmutableDictionary.CreateBuilder<string, ShapeLayout>();
        shapes.AddRange(drawn.Shapes.Where(s => ids.Contains(s.Key)));
        var missing = definition.Nodes.Where(n => !shapes.ContainsKey(n.Id)).DistinctBy(n => n.Id).ToList();
        if (missing.Count > 0)
        {
            AddMissing(definition, shapes, missing);
        }

        return new DiagramLayout(shapes.ToImmutable(), AutoLayout.RouteEdges(definition, shapes, drawn.Edges));
    }

    private static void AddMissing(ProcessDefinition definition, ImmutableDictionary<string, ShapeLayout>.Builder shapes, List<FlowNode> missing)
    {
        var auto = AutoLayout.Compute(definition).Shapes;
        var drawnBottom = shapes.Count == 0 ? 0 : shapes.Values.Max(s => s.Bounds.Y + s.Bounds.Height);
        var drawnLeft = shapes.Count == 0 ? 0 : shapes.Values.Min(s => s.Bounds.X);
        var autoTop = auto.Values.Min(s => s.Bounds.Y);
        var autoLeft = auto.Values.Min(s => s.Bounds.X);
        var (dx, dy) = shapes.Count == 0 ? (0.0, 0.0) : (drawnLeft - autoLeft, drawnBottom + Gap - autoTop);

        foreach (var node in missing)
        {
            if (node is TimerBoundaryEvent boundary && shapes.TryGetValue(boundary.AttachedToId, out var host)
                && !missing.Any(m => m.Id == boundary.AttachedToId))
            {
                var onHost = definition.Graph.BoundaryEvents(boundary.AttachedToId).IndexOf(boundary);
                shapes[node.Id] = new ShapeLayout(new Bounds(
                    host.Bounds.X + host.Bounds.Width - ShapeSizes.Event - 2 - Math.Max(0, onHost) * 44,
                    host.Bounds.Y + host.Bounds.Height - ShapeSizes.Event / 2, ShapeSizes.Event, ShapeSizes.Event));
                continue;
            }

            var bounds = auto[node.Id].Bounds;
            shapes[node.Id] = auto[node.Id] with { Bounds = bounds with { X = bounds.X + dx, Y = bounds.Y + dy } };
        }
    }
}
