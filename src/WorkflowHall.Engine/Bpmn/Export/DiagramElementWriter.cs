using System.Collections.Immutable;
using System.Xml.Linq;
using static WorkflowHall.Engine.Bpmn.Export.ExportNames;

namespace WorkflowHall.Engine.Bpmn.Export;

/// <summary>
/// Writes the diagram interchange part: one plane for the process, and, as bpmn-js expects, a
/// plane of its own for the inside of each sub-process drawn collapsed.
/// </summary>
internal sealed class DiagramElementWriter(ProcessDefinition definition, DiagramLayout layout)
{
    private readonly ProcessGraph _graph = definition.Graph;

    public IEnumerable<XElement> Write()
    {
        var collapsed = definition.Nodes.OfType<SubProcess>()
            .Where(s => layout.Shapes.TryGetValue(s.Id, out var shape) && shape.IsExpanded == false)
            .Select(s => s.Id)
            .ToHashSet();
        var planes = new List<string?> { null };
        planes.AddRange(definition.Nodes.Where(n => collapsed.Contains(n.Id)).Select(n => n.Id));

        return planes.Select((plane, index) => new XElement(BpmnDi + "BPMNDiagram",
            new XAttribute("id", index == 0 ? "BPMNDiagram_1" : $"BPMNDiagram_{plane}"),
            new XElement(BpmnDi + "BPMNPlane",
                new XAttribute("id", index == 0 ? "BPMNPlane_1" : $"BPMNPlane_{plane}"),
                new XAttribute("bpmnElement", plane ?? definition.Key),
                Shapes(plane, collapsed),
                Edges(plane, collapsed))));
    }

    private IEnumerable<XElement> Shapes(string? plane, HashSet<string> collapsed) =>
        definition.Nodes.DistinctBy(n => n.Id)
            .Where(n => PlaneOf(n.ParentId, collapsed) == plane && layout.Shapes.ContainsKey(n.Id))
            .Select(n => Shape(n, layout.Shapes[n.Id]));

    private IEnumerable<XElement> Edges(string? plane, HashSet<string> collapsed) =>
        definition.Flows.DistinctBy(f => f.Id)
            .Where(f => PlaneOf(f.ParentId, collapsed) == plane && layout.Edges.ContainsKey(f.Id))
            .Select(f => Edge(f, layout.Edges[f.Id]));

    /// <summary>The collapsed sub-process whose plane draws an element of this scope; null for the main plane.</summary>
    private string? PlaneOf(string? parentId, HashSet<string> collapsed)
    {
        var seen = new HashSet<string>();
        while (parentId is not null && seen.Add(parentId))
        {
            if (collapsed.Contains(parentId))
            {
                return parentId;
            }

            parentId = _graph.TryGetNode(parentId, out var parent) ? parent.ParentId : null;
        }

        return null;
    }

    private static XElement Shape(FlowNode node, ShapeLayout shape) => new(BpmnDi + "BPMNShape",
        new XAttribute("id", node.Id + "_di"),
        new XAttribute("bpmnElement", node.Id),
        node is SubProcess ? new XAttribute("isExpanded", shape.IsExpanded == false ? "false" : "true") : null,
        new XElement(Dc + "Bounds",
            new XAttribute("x", Number(shape.Bounds.X)),
            new XAttribute("y", Number(shape.Bounds.Y)),
            new XAttribute("width", Number(shape.Bounds.Width)),
            new XAttribute("height", Number(shape.Bounds.Height))));

    private static XElement Edge(SequenceFlow flow, ImmutableArray<Waypoint> waypoints) => new(BpmnDi + "BPMNEdge",
        new XAttribute("id", flow.Id + "_di"),
        new XAttribute("bpmnElement", flow.Id),
        waypoints.Select(p => new XElement(Di + "waypoint", new XAttribute("x", Number(p.X)), new XAttribute("y", Number(p.Y)))));
}
