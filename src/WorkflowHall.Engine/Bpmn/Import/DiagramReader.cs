using System.Collections.Immutable;
using System.Globalization;
using System.Xml.Linq;

namespace WorkflowHall.Engine.Bpmn.Import;

/// <summary>
/// Reads diagram interchange positions for the chosen process: shape bounds (and whether a
/// sub-process is drawn expanded) and edge waypoints, from every diagram plane. Labels are ignored;
/// a shape or edge with unreadable numbers is left out, it is only a picture.
/// </summary>
internal static class DiagramReader
{
    private static readonly XNamespace Di = BpmnNamespaces.Di;
    private static readonly XNamespace Dc = BpmnNamespaces.Dc;
    private static readonly XNamespace DiCommon = BpmnNamespaces.DiCommon;

    public static DiagramLayout? Read(XElement definitions, IReadOnlySet<string> nodeIds, IReadOnlySet<string> flowIds)
    {
        var shapes = ImmutableDictionary.CreateBuilder<string, ShapeLayout>();
        var edges = ImmutableDictionary.CreateBuilder<string, ImmutableArray<Waypoint>>();
        foreach (var plane in definitions.Elements(Di + "BPMNDiagram").Elements(Di + "BPMNPlane"))
        {
            foreach (var shape in plane.Elements(Di + "BPMNShape"))
            {
                var id = ((string?)shape.Attribute("bpmnElement"))?.Trim();
                if (id is not null && nodeIds.Contains(id) && !shapes.ContainsKey(id) && ReadBounds(shape.Element(Dc + "Bounds")) is { } bounds)
                {
                    shapes[id] = new ShapeLayout(bounds) { IsExpanded = ReadBool(shape.Attribute("isExpanded")) };
                }
            }

            foreach (var edge in plane.Elements(Di + "BPMNEdge"))
            {
                var id = ((string?)edge.Attribute("bpmnElement"))?.Trim();
                if (id is not null && flowIds.Contains(id) && !edges.ContainsKey(id) && ReadWaypoints(edge) is { Length: >= 2 } waypoints)
                {
                    edges[id] = waypoints;
                }
            }
        }

        return shapes.Count == 0 && edges.Count == 0 ? null : new DiagramLayout(shapes.ToImmutable(), edges.ToImmutable());
    }

    private static Bounds? ReadBounds(XElement? bounds) =>
        bounds is not null
        && Number(bounds, "x") is { } x && Number(bounds, "y") is { } y
        && Number(bounds, "width") is { } width && Number(bounds, "height") is { } height
            ? new Bounds(x, y, width, height)
            : null;

    private static ImmutableArray<Waypoint>? ReadWaypoints(XElement edge)
    {
        var points = ImmutableArray.CreateBuilder<Waypoint>();
        foreach (var point in edge.Elements(DiCommon + "waypoint"))
        {
            if (Number(point, "x") is not { } x || Number(point, "y") is not { } y)
            {
                return null;
            }

            points.Add(new Waypoint(x, y));
        }

        return points.ToImmutable();
    }

    private static double? Number(XElement element, string attribute) =>
        double.TryParse((string?)element.Attribute(attribute), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
            ? value
            : null;

    private static bool? ReadBool(XAttribute? attribute) => attribute?.Value.Trim() switch
    {
        "true" => true,
        "false" => false,
        _ => null,
    };
}
