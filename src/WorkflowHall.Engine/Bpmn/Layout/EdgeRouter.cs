using System.Collections.Immutable;

namespace WorkflowHall.Engine.Bpmn.Layout;

/// <summary>
/// Draws a sequence flow as horizontal and vertical segments from the border of its source to the
/// border of its target. Of a few conventional routes — straight; out of a gateway's top or bottom;
/// into a join gateway from above or below; a Z between the columns; around the shapes in the way;
/// loops back underneath — it takes the first that crosses no other shape.
/// </summary>
internal static class EdgeRouter
{
    private const double Clearance = 20;

    /// <param name="obstacles">The other shapes of the same scope, which a route should not cross.</param>
    public static ImmutableArray<Waypoint> Route(Bounds source, FlowNode? sourceNode, Bounds target, FlowNode? targetNode, IReadOnlyList<Bounds> obstacles)
    {
        var candidates = target.X < Right(source) - 1
            ? Backward(source, target, obstacles)
            : sourceNode is TimerBoundaryEvent
                ? FromBoundary(source, target, obstacles)
                : Forward(source, sourceNode, target, targetNode, obstacles);
        var routes = candidates.ToList();
        return routes.FirstOrDefault(route => !Crosses(route, obstacles), routes[0]);
    }

    private static IEnumerable<ImmutableArray<Waypoint>> Forward(Bounds s, FlowNode? sourceNode, Bounds t, FlowNode? targetNode, IReadOnlyList<Bounds> obstacles)
    {
        var (sx, sy) = Center(s);
        var (tx, ty) = Center(t);
        if (Math.Abs(sy - ty) < 1)
        {
            yield return [new(Right(s), sy), new(t.X, ty)];
        }

        if (IsGateway(sourceNode))
        {
            yield return [new(sx, ty > sy ? Bottom(s) : s.Y), new(sx, ty), new(t.X, ty)];
        }

        if (IsGateway(targetNode))
        {
            yield return [new(Right(s), sy), new(tx, sy), new(tx, ty > sy ? t.Y : Bottom(t))];
        }

        foreach (var x in new[] { (Right(s) + t.X) / 2, t.X - Clearance, Right(s) + Clearance })
        {
            yield return [new(Right(s), sy), new(x, sy), new(x, ty), new(t.X, ty)];
        }

        foreach (var y in new[] { Above(s, t, obstacles), Below(s, t, obstacles) })
        {
            yield return [new(Right(s), sy), new(Right(s) + Clearance, sy), new(Right(s) + Clearance, y), new(t.X - Clearance, y), new(t.X - Clearance, ty), new(t.X, ty)];
        }
    }

    private static IEnumerable<ImmutableArray<Waypoint>> FromBoundary(Bounds s, Bounds t, IReadOnlyList<Bounds> obstacles)
    {
        var (sx, _) = Center(s);
        var (_, ty) = Center(t);
        if (ty > Bottom(s))
        {
            yield return [new(sx, Bottom(s)), new(sx, ty), new(t.X, ty)];
        }

        foreach (var y in new[] { Bottom(s) + Clearance, Below(s, t, obstacles) })
        {
            yield return [new(sx, Bottom(s)), new(sx, y), new(t.X - Clearance, y), new(t.X - Clearance, ty), new(t.X, ty)];
        }
    }

    private static IEnumerable<ImmutableArray<Waypoint>> Backward(Bounds s, Bounds t, IReadOnlyList<Bounds> obstacles)
    {
        var (sx, _) = Center(s);
        var (tx, _) = Center(t);
        var below = Below(s, t, obstacles);
        yield return [new(sx, Bottom(s)), new(sx, below), new(tx, below), new(tx, Bottom(t))];
        var above = Above(s, t, obstacles);
        yield return [new(sx, s.Y), new(sx, above), new(tx, above), new(tx, t.Y)];
    }

    /// <summary>A line just below every shape between the two ends.</summary>
    private static double Below(Bounds s, Bounds t, IReadOnlyList<Bounds> obstacles) =>
        Between(s, t, obstacles).Append(s).Append(t).Max(Bottom) + Clearance;

    private static double Above(Bounds s, Bounds t, IReadOnlyList<Bounds> obstacles) =>
        Between(s, t, obstacles).Append(s).Append(t).Min(b => b.Y) - Clearance;

    private static IEnumerable<Bounds> Between(Bounds s, Bounds t, IReadOnlyList<Bounds> obstacles)
    {
        var left = Math.Min(s.X, t.X);
        var right = Math.Max(Right(s), Right(t));
        return obstacles.Where(o => o.X < right && Right(o) > left);
    }

    private static bool Crosses(ImmutableArray<Waypoint> route, IReadOnlyList<Bounds> obstacles) =>
        route.Zip(route.Skip(1)).Any(segment => obstacles.Any(o => Crosses(segment.First, segment.Second, o)));

    /// <summary>Whether an axis-parallel segment passes through the inside of a box (touching its border is fine).</summary>
    private static bool Crosses(Waypoint a, Waypoint b, Bounds box)
    {
        const double inset = 1;
        var (left, right) = (Math.Min(a.X, b.X), Math.Max(a.X, b.X));
        var (top, bottom) = (Math.Min(a.Y, b.Y), Math.Max(a.Y, b.Y));
        return left < Right(box) - inset && right > box.X + inset && top < Bottom(box) - inset && bottom > box.Y + inset;
    }

    private static (double X, double Y) Center(Bounds b) => (b.X + b.Width / 2, b.Y + b.Height / 2);

    private static double Right(Bounds b) => b.X + b.Width;

    private static double Bottom(Bounds b) => b.Y + b.Height;

    private static bool IsGateway(FlowNode? node) => node is ExclusiveGateway or ParallelGateway or InclusiveGateway;
}
