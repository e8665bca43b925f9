namespace WorkflowHall.Engine.Bpmn.Layout;

/// <summary>
/// Longest-path layering of one scope's graph: back edges (found by a depth-first walk from the
/// start) are set aside, then each node sits one layer after its furthest predecessor. Within a
/// layer, nodes are ordered by the mean position of their predecessors to keep edges from crossing.
/// </summary>
internal static class LayerAssignment
{
    /// <param name="nodes">Node ids, start events first; this order breaks ties.</param>
    /// <param name="edges">Directed edges between those ids.</param>
    /// <returns>The layers, left to right, each ordered top to bottom; and the edges set aside as loops.</returns>
    public static (List<List<string>> Layers, HashSet<(string From, string To)> BackEdges) Assign(
        IReadOnlyList<string> nodes, IReadOnlyList<(string From, string To)> edges)
    {
        var successors = nodes.ToDictionary(n => n, _ => new List<string>());
        foreach (var (from, to) in edges.Where(e => e.From != e.To))
        {
            successors[from].Add(to);
        }

        var discovery = new Dictionary<string, int>();
        var forward = new List<(string From, string To)>();
        var onStack = new HashSet<string>();
        foreach (var root in nodes)
        {
            Visit(root, successors, discovery, onStack, forward);
        }

        var layer = nodes.ToDictionary(n => n, _ => 0);
        var predecessors = nodes.ToDictionary(n => n, _ => new List<string>());
        var remaining = nodes.ToDictionary(n => n, _ => 0);
        foreach (var (from, to) in forward)
        {
            predecessors[to].Add(from);
            remaining[to]++;
        }

        var forwardFrom = forward.ToLookup(e => e.From, e => e.To);
        var ready = new Queue<string>(nodes.Where(n => remaining[n] == 0));
        while (ready.TryDequeue(out var node))
        {
            foreach (var to in forwardFrom[node])
            {
                layer[to] = Math.Max(layer[to], layer[node] + 1);
                if (--remaining[to] == 0)
                {
                    ready.Enqueue(to);
                }
            }
        }

        var back = edges.Where(e => e.From != e.To).ToHashSet();
        back.ExceptWith(forward);
        return (Order(nodes, layer, predecessors, discovery), back);
    }

    private static void Visit(string node, Dictionary<string, List<string>> successors, Dictionary<string, int> discovery,
        HashSet<string> onStack, List<(string, string)> forward)
    {
        if (!discovery.TryAdd(node, discovery.Count))
        {
            return;
        }

        onStack.Add(node);
        foreach (var next in successors[node])
        {
            if (onStack.Contains(next))
            {
                continue; // a back edge: a loop returning to an earlier step
            }

            forward.Add((node, next));
            Visit(next, successors, discovery, onStack, forward);
        }

        onStack.Remove(node);
    }

    private static List<List<string>> Order(IReadOnlyList<string> nodes, Dictionary<string, int> layer,
        Dictionary<string, List<string>> predecessors, Dictionary<string, int> discovery)
    {
        var layers = new List<List<string>>();
        var rank = new Dictionary<string, double>();
        foreach (var group in nodes.GroupBy(n => layer[n]).OrderBy(g => g.Key))
        {
            var ordered = group
                .OrderBy(n => predecessors[n].Count == 0 ? double.MaxValue : predecessors[n].Average(p => rank[p]))
                .ThenBy(n => discovery[n])
                .ToList();
            for (var i = 0; i < ordered.Count; i++)
            {
                rank[ordered[i]] = i;
            }

            layers.Add(ordered);
        }

        return layers;
    }
}
