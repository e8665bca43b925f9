using WorkflowHall.Engine.Bpmn;

namespace WorkflowHall.Engine.Validation.Rules;

/// <summary>Each scope (the process, each sub-process) has exactly one plain start and at least one end.</summary>
internal static class ScopeRules
{
    public static IEnumerable<ValidationProblem> Check(ProcessDefinition definition)
    {
        foreach (var scope in ProcessScopes.Of(definition))
        {
            var children = definition.Graph.Children(scope?.Id);
            var (zh, en) = ProcessScopes.Describe(scope);
            var starts = children.OfType<StartEvent>().ToList();
            if (starts.Count == 0)
            {
                yield return ProcessScopes.Problem(definition, scope, ProblemCode.NoStartEvent, $"{zh}没有开始事件", $"{en} has no start event");
            }
            else if (starts.Count > 1)
            {
                var ids = string.Join(", ", starts.Select(ProblemFor.Quoted));
                yield return ProcessScopes.Problem(definition, scope, ProblemCode.SeveralStartEvents,
                    $"{zh}有 {starts.Count} 个开始事件（{ids}），只能有一个", $"{en} has {starts.Count} start events ({ids}); it may have only one");
            }

            if (!children.OfType<EndEvent>().Any())
            {
                yield return ProcessScopes.Problem(definition, scope, ProblemCode.NoEndEvent, $"{zh}没有结束事件", $"{en} has no end event");
            }
        }
    }
}
