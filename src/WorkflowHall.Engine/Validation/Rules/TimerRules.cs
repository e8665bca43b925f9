using WorkflowHall.Engine.Bpmn;
using WorkflowHall.Engine.Time;

namespace WorkflowHall.Engine.Validation.Rules;

/// <summary>Every timer says when it fires, in a form the timer schedule understands.</summary>
internal static class TimerRules
{
    public static IEnumerable<ValidationProblem> Check(ProcessDefinition definition)
    {
        foreach (var node in definition.Nodes)
        {
            var timer = node switch
            {
                TimerCatchEvent catchEvent => catchEvent.Timer,
                TimerBoundaryEvent boundary => boundary.Timer,
                _ => null,
            };
            if (timer is null)
            {
                continue;
            }

            if (string.IsNullOrWhiteSpace(timer.Expression))
            {
                yield return ProblemFor.Node(node, ProblemCode.EmptyTimer,
                    $"定时事件 {ProblemFor.Quoted(node)} 没有设置时间", $"Timer {ProblemFor.Quoted(node)} does not say when it fires");
            }
            else if (!TimerSchedule.TryParse(timer, out _, out var errorZh, out var errorEn))
            {
                yield return ProblemFor.Node(node, ProblemCode.InvalidTimer,
                    $"定时事件 {ProblemFor.Quoted(node)} 的时间 \"{timer.Expression}\" 无效：{errorZh}",
                    $"Timer {ProblemFor.Quoted(node)} has an invalid time \"{timer.Expression}\": {errorEn}");
            }
        }
    }
}
