namespace WorkflowHall.Engine.Bpmn.Layout;

/// <summary>
/// Lays out one scope left to right: layers become columns, the nodes of a layer are stacked and
/// centred on a common middle line. Expanded sub-processes are laid out first and sized to hold
/// their children; boundary timers sit on the bottom border of their activity.
/// </summary>
internal sealed class ScopeLayout
{
    private const double ColumnGap = 60;
    private const double RowGap = 50;
    private const double BoundarySpacing = 44;

    private readonly ProcessDefinition _definition;

    /// <summary>Bounds of every node of the scope and of all nested scopes, relative to the scope's top-left corner.</summary>
    public Dictionary<string, Bounds> Positions { get; } = [];

    public double Width { get; private set; }
    public double Height { get; private set; }

    private ScopeLayout(ProcessDefinition definition) => _definition = definition;

    public static ScopeLayout For(ProcessDefinition definition, string? scopeId)
    {
        var layout = new ScopeLayout(definition);
        layout.Arrange(scopeId);
        return layout;
    }

    private void Arrange(string? scopeId)
    {
        var graph = _definition.Graph;
        var children = graph.Children(scopeId).Where(n => n is not TimerBoundaryEvent).DistinctBy(n => n.Id).ToList();
        var nested = children.OfType<SubProcess>().ToDictionary(s => s.Id, s => For(_definition, s.Id));
        var sizes = children.ToDictionary(n => n.Id, n => nested.TryGetValue(n.Id, out var inner)
            ? (inner.Width + 2 * ShapeSizes.SubProcessPadding, inner.Height + 2 * ShapeSizes.SubProcessPadding + ShapeSizes.SubProcessLabel)
            : ShapeSizes.Of(n));

        var layers = LayerAssignment.Assign(
            [.. children.OrderBy(n => n is StartEvent ? 0 : graph.Incoming(n.Id).IsEmpty ? 1 : 2).Select(n => n.Id)],
            Edges(sizes.Keys.ToHashSet()));

        var columnHeights = layers.Select(layer => layer.Sum(id => sizes[id].Item2) + RowGap * (layer.Count - 1)).ToList();
        var middle = columnHeights.DefaultIfEmpty(0).Max() / 2;
        var x = 0.0;
        for (var column = 0; column < layers.Count; column++)
        {
            var width = layers[column].Max(id => sizes[id].Item1);
            var y = middle - columnHeights[column] / 2;
            foreach (var id in layers[column])
            {
                var (w, h) = sizes[id];
                Place(id, new Bounds(x + (width - w) / 2, y, w, h), nested);
                y += h + RowGap;
            }

            x += width + ColumnGap;
        }

        Width = Math.Max(0, x - ColumnGap);
        // Boundary events hang half their height below the lowest activity.
        Height = 2 * middle + ShapeSizes.Event / 2;
        PlaceBoundaryEvents(children);
    }

    private void Place(string id, Bounds bounds, Dictionary<string, ScopeLayout> nested)
    {
        Positions[id] = bounds;
        if (nested.TryGetValue(id, out var inner))
        {
            var left = bounds.X + ShapeSizes.SubProcessPadding;
            var top = bounds.Y + ShapeSizes.SubProcessPadding + ShapeSizes.SubProcessLabel;
            foreach (var (childId, child) in inner.Positions)
            {
                Positions[childId] = child with { X = child.X + left, Y = child.Y + top };
            }
        }
    }

    private void PlaceBoundaryEvents(IEnumerable<FlowNode> activities)
    {
        foreach (var activity in activities)
        {
            if (!Positions.TryGetValue(activity.Id, out var host))
            {
                continue;
            }

            var boundaries = _definition.Graph.BoundaryEvents(activity.Id);
            for (var i = 0; i < boundaries.Length; i++)
            {
                Positions[boundaries[i].Id] = new Bounds(
                    host.X + host.Width - ShapeSizes.Event - 2 - i * BoundarySpacing,
                    host.Y + host.Height - ShapeSizes.Event / 2,
                    ShapeSizes.Event, ShapeSizes.Event);
            }
        }
    }

    /// <summary>Flows between nodes of the scope; a flow leaving a boundary event counts as leaving its activity.</summary>
    private List<(string, string)> Edges(HashSet<string> laidOut)
    {
        var graph = _definition.Graph;
        string Host(string id) => graph.TryGetNode(id, out var node) && node is TimerBoundaryEvent b ? b.AttachedToId : id;
        return _definition.Flows
            .Select(f => (From: Host(f.SourceId), To: f.TargetId))
            .Where(e => laidOut.Contains(e.From) && laidOut.Contains(e.To))
            .ToList();
    }
}
