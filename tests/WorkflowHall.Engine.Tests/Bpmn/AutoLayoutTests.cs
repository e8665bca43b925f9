using System.Collections.Immutable;
using System.Xml.Linq;
using WorkflowHall.Engine.Bpmn;

namespace WorkflowHall.Engine.Tests.Bpmn;

public class AutoLayoutTests
{
    private static readonly XNamespace Di = BpmnNamespaces.Di;
    private static readonly XNamespace Dc = BpmnNamespaces.Dc;
    private static readonly XNamespace DiCommon = BpmnNamespaces.DiCommon;

    /// <summary>
    /// Forks, joins, a loop back, boundary timers and a nested sub-process; no diagram of its own.
    /// Built in code so that layout does not depend on the expression and timer parsers.
    /// </summary>
    private static ProcessDefinition Tangled()
    {
        FlowNode Task(string id, string? parent = null) => new UserTask(id, id, parent);
        var timer = new TimerDefinition(TimerKind.Duration, "P1D");
        var nodes = new List<FlowNode>
        {
            new StartEvent("start", null, null), Task("accept"), new ExclusiveGateway("complete", null, null) { DefaultFlowId = "to_supplement" },
            Task("supplement"), new ParallelGateway("fork", null, null), Task("review"), Task("inspect"), Task("fees"),
            new ParallelGateway("join", null, null), new SubProcess("joint", null, null),
            new StartEvent("j_start", null, "joint"), new SubProcess("inner", null, "joint"),
            new StartEvent("in_start", null, "inner"), Task("in_task", "inner"), new EndEvent("in_end", null, "inner", false),
            Task("j_task", "joint"), new EndEvent("j_end", null, "joint", false),
            new TimerBoundaryEvent("late", null, null, "review", CancelActivity: false, timer),
            new TimerBoundaryEvent("expire", null, null, "joint", CancelActivity: true, timer),
            new ServiceTask("remind", null, null, "sms"), new EndEvent("end", null, null, false), new EndEvent("timeout", null, null, false),
        };
        var flows = new List<SequenceFlow>();
        void Chain(string? scope, params string[] ids) =>
            flows.AddRange(ids.Zip(ids.Skip(1), (a, b) => new SequenceFlow($"{a}_{b}", a, b, scope)));
        Chain(null, "start", "accept", "complete");
        flows.Add(new SequenceFlow("to_supplement", "complete", "supplement", null));
        flows.Add(new SequenceFlow("to_fork", "complete", "fork", null) { Condition = "${ok}" });
        Chain(null, "supplement", "accept");
        Chain(null, "fork", "review", "join");
        Chain(null, "fork", "inspect", "join");
        Chain(null, "fork", "fees", "join");
        Chain(null, "join", "joint", "end");
        Chain(null, "late", "remind", "timeout");
        Chain(null, "expire", "timeout");
        Chain("joint", "j_start", "inner", "j_task", "j_end");
        Chain("inner", "in_start", "in_task", "in_end");
        return new ProcessDefinition("p", null, [.. nodes], [.. flows]);
    }

    [Fact]
    public void An_export_without_diagram_draws_every_node_and_every_flow()
    {
        var definition = Tangled();
        Assert.Null(definition.Diagram);

        var diagram = XDocument.Parse(BpmnWriter.Write(definition)).Root!.Element(Di + "BPMNDiagram")!.Element(Di + "BPMNPlane")!;

        Assert.Equal(definition.Nodes.Select(n => n.Id).Order(), diagram.Elements(Di + "BPMNShape").Select(s => (string)s.Attribute("bpmnElement")!).Order());
        Assert.Equal(definition.Flows.Select(f => f.Id).Order(), diagram.Elements(Di + "BPMNEdge").Select(s => (string)s.Attribute("bpmnElement")!).Order());
        Assert.All(diagram.Elements(Di + "BPMNEdge"), edge => Assert.True(edge.Elements(DiCommon + "waypoint").Count() >= 2));
    }

    [Fact]
    public void No_two_shapes_overlap_except_a_container_and_its_content_or_a_timer_and_its_activity()
    {
        var definition = Tangled();
        var shapes = Shapes(definition);

        foreach (var a in definition.Nodes)
        {
            foreach (var b in definition.Nodes.Where(b => string.CompareOrdinal(a.Id, b.Id) < 0))
            {
                if (Contains(definition, a, b) || Contains(definition, b, a) || IsOnBorderOf(a, b) || IsOnBorderOf(b, a))
                {
                    continue;
                }

                Assert.False(Overlap(shapes[a.Id], shapes[b.Id]), $"{a.Id} {shapes[a.Id]} overlaps {b.Id} {shapes[b.Id]}");
            }
        }
    }

    [Fact]
    public void Sub_processes_are_expanded_around_their_children_and_timers_sit_on_their_activity_border()
    {
        var definition = Tangled();
        var layout = AutoLayout.Compute(definition);

        foreach (var child in definition.Nodes.Where(n => n.ParentId is not null))
        {
            Assert.True(Inside(layout.Shapes[child.Id].Bounds, layout.Shapes[child.ParentId!].Bounds), $"{child.Id} is outside {child.ParentId}");
        }

        Assert.True(layout.Shapes["joint"].IsExpanded);
        var review = layout.Shapes["review"].Bounds;
        var late = layout.Shapes["late"].Bounds;
        Assert.Equal(review.Y + review.Height, late.Y + late.Height / 2);
        Assert.InRange(late.X, review.X, review.X + review.Width - late.Width);
    }

    [Fact]
    public void Flows_run_left_to_right_except_loops_and_their_segments_are_orthogonal_from_border_to_border()
    {
        var definition = Tangled();
        var layout = AutoLayout.Compute(definition);

        Assert.True(layout.Shapes["start"].Bounds.X < layout.Shapes["accept"].Bounds.X);
        Assert.True(layout.Shapes["fork"].Bounds.X < layout.Shapes["review"].Bounds.X);
        Assert.True(layout.Shapes["review"].Bounds.X < layout.Shapes["join"].Bounds.X);
        Assert.True(layout.Shapes["supplement"].Bounds.X > layout.Shapes["accept"].Bounds.X, "the loop back does not pull the supplement step left");
        foreach (var flow in definition.Flows)
        {
            var points = layout.Edges[flow.Id];
            Assert.All(points.Zip(points.Skip(1)), pair => Assert.True(pair.First.X == pair.Second.X || pair.First.Y == pair.Second.Y, $"{flow.Id} has a slanted segment"));
            Assert.True(OnBorder(points[0], layout.Shapes[flow.SourceId].Bounds), $"{flow.Id} does not start on the border of {flow.SourceId}");
            Assert.True(OnBorder(points[^1], layout.Shapes[flow.TargetId].Bounds), $"{flow.Id} does not end on the border of {flow.TargetId}");
        }
    }

    [Fact]
    public void Shapes_missing_from_a_partial_diagram_are_laid_out_below_it_and_missing_edges_routed()
    {
        var definition = Tangled();
        var full = AutoLayout.Compute(definition);
        var partial = definition with
        {
            Diagram = new DiagramLayout(
                full.Shapes.Where(s => s.Key is "start" or "accept").ToImmutableDictionary(),
                full.Edges.Where(e => e.Key == "start_accept").ToImmutableDictionary()),
        };

        var shapes = Shapes(partial);

        Assert.Equal(full.Shapes["accept"].Bounds, shapes["accept"]);
        var drawnBottom = full.Shapes["accept"].Bounds.Y + full.Shapes["accept"].Bounds.Height;
        Assert.All(definition.Nodes.Where(n => n.Id is not ("start" or "accept")), n => Assert.True(shapes[n.Id].Y > drawnBottom, n.Id));
    }

    private static Dictionary<string, Bounds> Shapes(ProcessDefinition definition) =>
        XDocument.Parse(BpmnWriter.Write(definition)).Descendants(Di + "BPMNShape").ToDictionary(
            s => (string)s.Attribute("bpmnElement")!,
            s => s.Element(Dc + "Bounds") is { } b
                ? new Bounds((double)b.Attribute("x")!, (double)b.Attribute("y")!, (double)b.Attribute("width")!, (double)b.Attribute("height")!)
                : default);

    private static bool Contains(ProcessDefinition definition, FlowNode container, FlowNode node)
    {
        for (var parent = node.ParentId; parent is not null; parent = definition.Node(parent).ParentId)
        {
            if (parent == container.Id)
            {
                return true;
            }
        }

        return node is TimerBoundaryEvent b && Contains(definition, container, definition.Node(b.AttachedToId));
    }

    private static bool IsOnBorderOf(FlowNode timer, FlowNode activity) => timer is TimerBoundaryEvent b && b.AttachedToId == activity.Id;

    private static bool Overlap(Bounds a, Bounds b) =>
        a.X < b.X + b.Width && b.X < a.X + a.Width && a.Y < b.Y + b.Height && b.Y < a.Y + a.Height;

    private static bool Inside(Bounds inner, Bounds outer) =>
        inner.X >= outer.X && inner.Y >= outer.Y && inner.X + inner.Width <= outer.X + outer.Width && inner.Y + inner.Height <= outer.Y + outer.Height;

    private static bool OnBorder(Waypoint p, Bounds b)
    {
        var onVertical = (Math.Abs(p.X - b.X) < 0.01 || Math.Abs(p.X - (b.X + b.Width)) < 0.01) && p.Y >= b.Y && p.Y <= b.Y + b.Height;
        var onHorizontal = (Math.Abs(p.Y - b.Y) < 0.01 || Math.Abs(p.Y - (b.Y + b.Height)) < 0.01) && p.X >= b.X && p.X <= b.X + b.Width;
        return onVertical || onHorizontal;
    }
}
