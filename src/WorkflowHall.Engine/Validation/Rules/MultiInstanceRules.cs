using System.Globalization;
using WorkflowHall.Engine.Bpmn;
using WorkflowHall.Engine.Expressions;

namespace WorkflowHall.Engine.Validation.Rules;

/// <summary>
/// Countersigning says how many items to open (a list of signers or a count) and, when it may end
/// early, a boolean completion condition.
/// </summary>
internal static class MultiInstanceRules
{
    public static IEnumerable<ValidationProblem> Check(ProcessDefinition definition)
    {
        foreach (var task in definition.Nodes.OfType<UserTask>())
        {
            if (task.MultiInstance is not { } settings)
            {
                continue;
            }

            var name = ProblemFor.Quoted(task);
            if (string.IsNullOrWhiteSpace(settings.Collection) && string.IsNullOrWhiteSpace(settings.LoopCardinality))
            {
                yield return Problem(task, $"会签任务 {name} 既没有会签人列表（collection）也没有实例数（loopCardinality）",
                    $"Multi-instance task {name} has neither a collection of signers nor a loop cardinality");
            }

            if (!string.IsNullOrWhiteSpace(settings.Collection)
                && Failure(settings.Collection, definition, ExpressionValueType.List) is { } collection)
            {
                yield return Problem(task, $"会签任务 {name} 的会签人列表 {settings.Collection} 无效，{collection.Zh}",
                    $"The collection {settings.Collection} of multi-instance task {name} is invalid, {collection.En}");
            }

            if (!string.IsNullOrWhiteSpace(settings.LoopCardinality) && CardinalityFailure(settings.LoopCardinality, definition) is { } cardinality)
            {
                yield return Problem(task, $"会签任务 {name} 的实例数 {settings.LoopCardinality} 无效，{cardinality.Zh}",
                    $"The loop cardinality {settings.LoopCardinality} of multi-instance task {name} is invalid, {cardinality.En}");
            }

            if (!string.IsNullOrWhiteSpace(settings.CompletionCondition)
                && Failure(settings.CompletionCondition, definition, ExpressionValueType.Boolean) is { } completion)
            {
                yield return Problem(task, $"会签任务 {name} 的完成条件 {settings.CompletionCondition} 无效，{completion.Zh}",
                    $"The completion condition {settings.CompletionCondition} of multi-instance task {name} is invalid, {completion.En}");
            }
        }
    }

    private static (string Zh, string En)? CardinalityFailure(string cardinality, ProcessDefinition definition)
    {
        if (decimal.TryParse(cardinality, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var count))
        {
            return count >= 1 && count == decimal.Truncate(count) ? null : ("实例数必须是正整数", "it must be a positive whole number");
        }

        return Failure(cardinality, definition, ExpressionValueType.Number);
    }

    private static (string Zh, string En)? Failure(string text, ProcessDefinition definition, ExpressionValueType expected)
    {
        var outcome = ExpressionCheck.Check(text, definition, expected);
        return outcome.ParseError is { } error ? ExpressionCheck.Describe(error)
            : outcome.TypeErrors.Count > 0 ? ExpressionCheck.Describe(outcome.TypeErrors)
            : null;
    }

    private static ValidationProblem Problem(UserTask task, string zh, string en) => ProblemFor.Node(task, ProblemCode.InvalidMultiInstance, zh, en);
}
