namespace WorkflowHall.Engine.Bpmn.Layout;

/// <summary>
/// Lays out one scope left to right: layers become columns; in each column a node is placed level
/// with the nodes it comes from (a chain stays on one line, a fork fans out around its gateway),
/// nodes that only loop back are stacked below, and nothing overlaps. Expanded sub-processes are
/// laid out first and sized to hold their children; boundary timers sit on their activity's bottom border.
/// </summary>
internal sealed class ScopeLayout
{
    private const double ColumnGap = 60;
    private const double RowGap = 50;
    private const double BoundarySpacing = 44;

    private readonly ProcessDefinition _definition;
    private readonly Dictionary<string, (double Width, double Height)> _sizes = [];
    private readonly Dictionary<string, double> _top = [];

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
        foreach (var node in children)
        {
            _sizes[node.Id] = nested.TryGetValue(node.Id, out var inner)
                ? (inner.Width + 2 * ShapeSizes.SubProcessPadding, inner.Height + 2 * ShapeSizes.SubProcessPadding + ShapeSizes.SubProcessLabel)
                : ShapeSizes.Of(node);
        }

        var edges = Edges(_sizes.Keys.ToHashSet());
        var (layers, back) = LayerAssignment.Assign(
            [.. children.OrderBy(n => n is StartEvent ? 0 : graph.Incoming(n.Id).IsEmpty ? 1 : 2).Select(n => n.Id)],
            [.. edges.Select(e => (e.Host, e.To))]);

        var x = 0.0;
        foreach (var layer in layers)
        {
            PlaceColumn(layer, edges.Where(e => !back.Contains((e.Host, e.To))).ToList(), edges.Where(e => back.Contains((e.Host, e.To))).ToList());
            var width = layer.Max(id => _sizes[id].Width);
            foreach (var id in layer)
            {
                var (w, h) = _sizes[id];
                Place(id, new Bounds(x + (width - w) / 2, _top[id], w, h), nested);
            }

            x += width + ColumnGap;
        }

        Normalize();
        Width = Math.Max(0, x - ColumnGap);
        PlaceBoundaryEvents(children);
    }

    /// <summary>
    /// Gives each node of a column its top: level with the mean centre of its predecessors (for a
    /// flow out of a boundary timer, the timer's centre on the activity's bottom border), pushed
    /// down to clear the node above, then the column is lifted so the pushes even out.
    /// </summary>
    private void PlaceColumn(List<string> layer, List<(string From, string Host, string To)> forward, List<(string From, string Host, string To)> back)
    {
        double? Desired(string id)
        {
            var anchors = forward.Where(e => e.To == id && _top.ContainsKey(e.Host))
                .Select(e => e.From == e.Host ? _top[e.Host] + _sizes[e.Host].Height / 2 : _top[e.Host] + _sizes[e.Host].Height)
                .ToList();
            return anchors.Count == 0 ? null : anchors.Average();
        }

        bool LoopsOnly(string id) => back.Any(e => e.Host == id) && !forward.Any(e => e.Host == id);

        var ordered = layer.Select((id, rank) => (Id: id, Rank: rank, Desired: Desired(id), Side: LoopsOnly(id)))
            .OrderBy(n => n.Side)
            .ThenBy(n => n.Desired ?? double.MaxValue)
            .ThenBy(n => n.Rank)
            .ToList();

        var bottom = double.NegativeInfinity;
        var displacement = new List<double>();
        foreach (var node in ordered)
        {
            var height = _sizes[node.Id].Height;
            var wanted = node.Desired is { } centre ? centre - height / 2 : bottom + RowGap;
            var top = double.IsNegativeInfinity(bottom) ? (double.IsInfinity(wanted) ? 0 : wanted) : Math.Max(wanted, bottom + RowGap);
            if (node.Desired is not null && !node.Side)
            {
                displacement.Add(top - wanted);
            }

            _top[node.Id] = top;
            bottom = top + height;
        }

        var lift = displacement.Count == 0 ? 0 : displacement.Average();
        foreach (var node in ordered)
        {
            _top[node.Id] -= lift;
        }
    }

    /// <summary>Moves everything so the scope's content starts at y = 0, and measures its height.</summary>
    private void Normalize()
    {
        if (Positions.Count == 0)
        {
            Height = 0;
            return;
        }

        var top = Positions.Values.Min(b => b.Y);
        foreach (var id in Positions.Keys.ToList())
        {
            Positions[id] = Positions[id] with { Y = Positions[id].Y - top };
        }

        // Boundary events hang half their height below the lowest activity.
        Height = Positions.Values.Max(b => b.Y + b.Height) + ShapeSizes.Event / 2;
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

    /// <summary>Flows between nodes of the scope; a flow out of a boundary event counts as leaving its activity (the host).</summary>
    private List<(string From, string Host, string To)> Edges(HashSet<string> laidOut)
    {
        var graph = _definition.Graph;
        string Host(string id) => graph.TryGetNode(id, out var node) && node is TimerBoundaryEvent b ? b.AttachedToId : id;
        return _definition.Flows
            .Select(f => (From: f.SourceId, Host: Host(f.SourceId), To: f.TargetId))
            .Where(e => laidOut.Contains(e.Host) && laidOut.Contains(e.To))
            .ToList();
    }
}
