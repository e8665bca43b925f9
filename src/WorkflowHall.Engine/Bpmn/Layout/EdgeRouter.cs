using System.Collections.Immutable;

namespace WorkflowHall.Engine.Bpmn.Layout;

/// <summary>
/// Draws a sequence flow as horizontal and vertical segments from the border of its source to the
/// border of its target. Gateways and boundary events branch out of their top or bottom, joins
/// enter a gateway from above or below, and loops back run underneath both shapes.
/// </summary>
internal static class EdgeRouter
{
    private const double Clearance = 20;

    public static ImmutableArray<Waypoint> Route(Bounds source, FlowNode? sourceNode, Bounds target, FlowNode? targetNode)
    {
        var (sx, sy) = Center(source);
        var (tx, ty) = Center(target);
        var right = source.X + source.Width;
        if (target.X < right - 1)
        {
            var below = Math.Max(source.Y + source.Height, target.Y + target.Height) + Clearance;
            return [new(sx, source.Y + source.Height), new(sx, below), new(tx, below), new(tx, target.Y + target.Height)];
        }

        if (sourceNode is TimerBoundaryEvent)
        {
            var bottom = source.Y + source.Height;
            return ty > bottom
                ? [new(sx, bottom), new(sx, ty), new(target.X, ty)]
                : [new(sx, bottom), new(sx, bottom + Clearance), new(target.X - Clearance, bottom + Clearance), new(target.X - Clearance, ty), new(target.X, ty)];
        }

        if (Math.Abs(sy - ty) < 1)
        {
            return [new(right, sy), new(target.X, ty)];
        }

        if (IsGateway(sourceNode))
        {
            return [new(sx, ty > sy ? source.Y + source.Height : source.Y), new(sx, ty), new(target.X, ty)];
        }

        if (IsGateway(targetNode))
        {
            return [new(right, sy), new(tx, sy), new(tx, ty > sy ? target.Y : target.Y + target.Height)];
        }

        var middle = (right + target.X) / 2;
        return [new(right, sy), new(middle, sy), new(middle, ty), new(target.X, ty)];
    }

    private static (double X, double Y) Center(Bounds b) => (b.X + b.Width / 2, b.Y + b.Height / 2);

    private static bool IsGateway(FlowNode? node) => node is ExclusiveGateway or ParallelGateway or InclusiveGateway;
}
