using System.Collections.Immutable;
using WorkflowHall.Engine.Bpmn;

namespace WorkflowHall.Web.Portal.Public;

/// <summary>
/// The staffed steps of a published workflow in the order a case meets them, for the guide's process
/// diagram: each user task with a <c>hall:post</c> is placed by its longest distance from the start
/// along forward flows (flows back to an earlier step — 退回, 补正 — are ignored), so steps that run in
/// parallel share a position. Steps without a post (the applicant's 补正) are listed apart.
/// </summary>
public sealed record ProcessSteps(ImmutableArray<ImmutableArray<ProcessStep>> Positions, ImmutableArray<string> ApplicantSteps)
{
    public static ProcessSteps Empty { get; } = new([], []);

    public int Count => Positions.Sum(p => p.Length);

    public static ProcessSteps Of(ProcessDefinition definition, IReadOnlyDictionary<string, string> postNames)
    {
        var graph = definition.Graph;
        var starts = definition.Nodes.OfType<StartEvent>().Where(s => s.ParentId is null).Select(s => s.Id).ToList();
        var forward = ForwardFlows(graph, starts);
        var depth = LongestDistances(starts, forward);

        var staffed = definition.Nodes.OfType<UserTask>()
            .Where(t => depth.ContainsKey(t.Id) && !string.IsNullOrWhiteSpace(t.Hall.CandidatePost))
            .Select(t => (Depth: depth[t.Id], Step: new ProcessStep(t.Id, t.DisplayName, t.Hall.Stage, t.Hall.CandidatePost!,
                postNames.GetValueOrDefault(t.Hall.CandidatePost!) ?? t.Hall.CandidatePost!, t.Hall.TimeLimit)));
        var positions = staffed
            .GroupBy(s => s.Depth)
            .OrderBy(g => g.Key)
            .Select(g => g.Select(s => s.Step).ToImmutableArray())
            .ToImmutableArray();
        var applicant = definition.Nodes.OfType<UserTask>()
            .Where(t => depth.ContainsKey(t.Id) && string.IsNullOrWhiteSpace(t.Hall.CandidatePost))
            .Select(t => t.DisplayName)
            .Distinct()
            .ToImmutableArray();
        return new ProcessSteps(positions, applicant);
    }

    /// <summary>The flows reachable from the start that do not lead back to a node on the current path.</summary>
    private static Dictionary<string, List<string>> ForwardFlows(ProcessGraph graph, IEnumerable<string> starts)
    {
        var forward = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var onPath = new HashSet<string>(StringComparer.Ordinal);
        var done = new HashSet<string>(StringComparer.Ordinal);
        // Iterative depth-first search: a definition may be long, and recursion depth is not worth the risk.
        foreach (var start in starts)
        {
            if (done.Contains(start)) continue;
            var stack = new Stack<(string Node, IEnumerator<SequenceFlow> Next)>();
            stack.Push((start, graph.Outgoing(start).AsEnumerable().GetEnumerator()));
            onPath.Add(start);
            forward.TryAdd(start, []);
            while (stack.Count > 0)
            {
                var (node, next) = stack.Peek();
                if (!next.MoveNext())
                {
                    stack.Pop();
                    onPath.Remove(node);
                    done.Add(node);
                    continue;
                }
                var target = next.Current.TargetId;
                if (onPath.Contains(target)) continue; // a flow back: 退回, 补正, 重新评定
                forward[node].Add(target);
                if (done.Contains(target)) continue;
                onPath.Add(target);
                forward.TryAdd(target, []);
                stack.Push((target, graph.Outgoing(target).AsEnumerable().GetEnumerator()));
            }
        }
        return forward;
    }

    private static Dictionary<string, int> LongestDistances(IEnumerable<string> starts, Dictionary<string, List<string>> forward)
    {
        var incoming = forward.Keys.ToDictionary(k => k, _ => 0, StringComparer.Ordinal);
        foreach (var target in forward.Values.SelectMany(t => t)) incoming[target]++;
        var depth = starts.Where(forward.ContainsKey).ToDictionary(s => s, _ => 0, StringComparer.Ordinal);
        var ready = new Queue<string>(incoming.Where(p => p.Value == 0).Select(p => p.Key));
        while (ready.Count > 0)
        {
            var node = ready.Dequeue();
            var here = depth.GetValueOrDefault(node);
            foreach (var target in forward[node])
            {
                depth[target] = Math.Max(depth.GetValueOrDefault(target), here + 1);
                if (--incoming[target] == 0) ready.Enqueue(target);
            }
        }
        return depth;
    }
}
