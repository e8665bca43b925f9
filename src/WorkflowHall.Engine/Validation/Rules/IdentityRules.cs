using WorkflowHall.Engine.Bpmn;

namespace WorkflowHall.Engine.Validation.Rules;

/// <summary>Ids: present, unique, and every flow joins two nodes of the same scope.</summary>
internal static class IdentityRules
{
    public static IEnumerable<ValidationProblem> Check(ProcessDefinition definition)
    {
        var elements = definition.Nodes.Select(n => (n.Id, n.Kind)).Concat(definition.Flows.Select(f => (f.Id, Kind: "sequenceFlow"))).ToList();
        foreach (var (id, kind) in elements.Where(e => string.IsNullOrWhiteSpace(e.Id)))
        {
            yield return new ValidationProblem("", kind, ProblemCode.MissingId, $"有一个 {kind} 没有 id", $"A {kind} has no id");
        }

        foreach (var group in elements.Where(e => !string.IsNullOrWhiteSpace(e.Id)).GroupBy(e => e.Id).Where(g => g.Count() > 1))
        {
            yield return new ValidationProblem(group.Key, group.First().Kind, ProblemCode.DuplicateId,
                $"id \"{group.Key}\" 被 {group.Count()} 个元素重复使用",
                $"The id \"{group.Key}\" is used by {group.Count()} elements");
        }

        var graph = definition.Graph;
        foreach (var flow in definition.Flows)
        {
            var hasSource = graph.TryGetNode(flow.SourceId, out var source);
            var hasTarget = graph.TryGetNode(flow.TargetId, out var target);
            if (!hasSource || !hasTarget)
            {
                var missing = !hasSource ? flow.SourceId : flow.TargetId;
                var end = !hasSource ? ("起点", "source") : ("终点", "target");
                yield return ProblemFor.Flow(flow, ProblemCode.DanglingFlow,
                    $"顺序流 \"{flow.Id}\" 的{end.Item1} \"{missing}\" 不存在",
                    $"Sequence flow \"{flow.Id}\" has a {end.Item2} \"{missing}\" that does not exist");
            }
            else if (source.ParentId != target.ParentId || flow.ParentId != source.ParentId)
            {
                yield return ProblemFor.Flow(flow, ProblemCode.CrossScopeFlow,
                    $"顺序流 \"{flow.Id}\" 跨越了子流程边界（从 {ProblemFor.Quoted(source)} 到 {ProblemFor.Quoted(target)}）",
                    $"Sequence flow \"{flow.Id}\" crosses a sub-process boundary (from {ProblemFor.Quoted(source)} to {ProblemFor.Quoted(target)})");
            }
        }
    }
}
