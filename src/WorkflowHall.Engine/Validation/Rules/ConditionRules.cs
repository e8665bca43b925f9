using WorkflowHall.Engine.Bpmn;
using WorkflowHall.Engine.Expressions;

namespace WorkflowHall.Engine.Validation.Rules;

/// <summary>Every sequence flow condition parses and is a boolean over the declared variables.</summary>
internal static class ConditionRules
{
    public static IEnumerable<ValidationProblem> Check(ProcessDefinition definition)
    {
        foreach (var flow in definition.Flows.Where(f => f.Condition is not null))
        {
            var outcome = ExpressionCheck.Check(flow.Condition!, definition, ExpressionValueType.Boolean);
            var label = flow.Name ?? flow.Id;
            if (outcome.ParseError is { } error)
            {
                var (zh, en) = ExpressionCheck.Describe(error);
                yield return ProblemFor.Flow(flow, ProblemCode.InvalidCondition,
                    $"顺序流 \"{label}\" 的条件 {flow.Condition} 无法解析，{zh}",
                    $"The condition {flow.Condition} of flow \"{label}\" cannot be parsed, {en}");
            }
            else if (outcome.TypeErrors.Count > 0)
            {
                var (zh, en) = ExpressionCheck.Describe(outcome.TypeErrors);
                yield return ProblemFor.Flow(flow, ProblemCode.IllTypedCondition,
                    $"顺序流 \"{label}\" 的条件 {flow.Condition} 类型不对（应为布尔值），{zh}",
                    $"The condition {flow.Condition} of flow \"{label}\" is ill-typed (a boolean is expected), {en}");
            }
        }
    }
}
