using WorkflowHall.Engine.Bpmn;

namespace WorkflowHall.Engine.Validation.Rules;

/// <summary>
/// Within each scope, every node is reachable from the start (a boundary event is, when its activity
/// is) and can reach an end event along sequence flows.
/// </summary>
internal static class ReachabilityRules
{
    public static IEnumerable<ValidationProblem> Check(ProcessDefinition definition)
    {
        var graph = definition.Graph;
        foreach (var scope in ProcessScopes.Of(definition))
        {
            var children = graph.Children(scope?.Id);
            var starts = children.OfType<StartEvent>().Select(s => s.Id).ToList();
            if (starts.Count > 0)
            {
                var reached = Walk(starts, id => graph.Outgoing(id).Select(f => f.TargetId)
                    .Concat(graph.BoundaryEvents(id).Select(b => b.Id))
                    .Where(next => InScope(graph, next, scope)));
                foreach (var node in children.Where(n => !reached.Contains(n.Id)))
                {
                    yield return ProblemFor.Node(node, ProblemCode.UnreachableNode,
                        $"节点 {ProblemFor.Quoted(node)} 无法从开始事件到达", $"Node {ProblemFor.Quoted(node)} cannot be reached from the start event");
                }
            }

            var ends = children.OfType<EndEvent>().Select(e => e.Id).ToList();
            if (ends.Count > 0)
            {
                var finishing = Walk(ends, id => graph.Incoming(id).Select(f => f.SourceId).Where(previous => InScope(graph, previous, scope)));
                foreach (var node in children.Where(n => !finishing.Contains(n.Id)))
                {
                    yield return ProblemFor.Node(node, ProblemCode.CannotReachEnd,
                        $"节点 {ProblemFor.Quoted(node)} 无法到达任何结束事件", $"Node {ProblemFor.Quoted(node)} cannot reach any end event");
                }
            }
        }
    }

    private static bool InScope(ProcessGraph graph, string id, SubProcess? scope) =>
        graph.TryGetNode(id, out var node) && node.ParentId == scope?.Id;

    private static HashSet<string> Walk(IEnumerable<string> from, Func<string, IEnumerable<string>> next)
    {
        var seen = new HashSet<string>(from);
        var pending = new Queue<string>(seen);
        while (pending.TryDequeue(out var id))
        {
            foreach (var following in next(id))
            {
                if (seen.Add(following))
                {
                    pending.Enqueue(following);
                }
            }
        }

        return seen;
    }
}
