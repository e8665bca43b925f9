using WorkflowHall.Engine.Bpmn;

namespace WorkflowHall.Engine.Validation.Rules;

/// <summary>Start events begin, end events finish, boundary timers sit on an activity of their own scope.</summary>
internal static class EventRules
{
    public static IEnumerable<ValidationProblem> Check(ProcessDefinition definition)
    {
        var graph = definition.Graph;
        foreach (var node in definition.Nodes)
        {
            switch (node)
            {
                case StartEvent when !graph.Incoming(node.Id).IsEmpty:
                    yield return ProblemFor.Node(node, ProblemCode.EventShape,
                        $"开始事件 {ProblemFor.Quoted(node)} 不能有流入的顺序流", $"Start event {ProblemFor.Quoted(node)} cannot have incoming flows");
                    break;
                case EndEvent when !graph.Outgoing(node.Id).IsEmpty:
                    yield return ProblemFor.Node(node, ProblemCode.EventShape,
                        $"结束事件 {ProblemFor.Quoted(node)} 不能有流出的顺序流", $"End event {ProblemFor.Quoted(node)} cannot have outgoing flows");
                    break;
                case TimerBoundaryEvent boundary:
                    foreach (var problem in CheckBoundary(graph, boundary))
                    {
                        yield return problem;
                    }

                    break;
            }
        }
    }

    private static IEnumerable<ValidationProblem> CheckBoundary(ProcessGraph graph, TimerBoundaryEvent boundary)
    {
        var name = ProblemFor.Quoted(boundary);
        if (!graph.Incoming(boundary.Id).IsEmpty)
        {
            yield return ProblemFor.Node(boundary, ProblemCode.BoundaryAttachment,
                $"边界事件 {name} 不能有流入的顺序流", $"Boundary event {name} cannot have incoming flows");
        }

        if (!graph.TryGetNode(boundary.AttachedToId, out var activity))
        {
            yield return ProblemFor.Node(boundary, ProblemCode.BoundaryAttachment,
                $"边界事件 {name} 附着的活动 \"{boundary.AttachedToId}\" 不存在", $"Boundary event {name} is attached to \"{boundary.AttachedToId}\", which does not exist");
        }
        else if (activity is not (UserTask or ServiceTask or PassThroughTask or SubProcess))
        {
            yield return ProblemFor.Node(boundary, ProblemCode.BoundaryAttachment,
                $"边界事件 {name} 只能附着在任务或子流程上，不能附着在 {activity.Kind} {ProblemFor.Quoted(activity)} 上",
                $"Boundary event {name} can only be attached to a task or sub-process, not to {activity.Kind} {ProblemFor.Quoted(activity)}");
        }
        else if (activity.ParentId != boundary.ParentId)
        {
            yield return ProblemFor.Node(boundary, ProblemCode.BoundaryAttachment,
                $"边界事件 {name} 与其活动 {ProblemFor.Quoted(activity)} 不在同一个流程层级", $"Boundary event {name} is not in the same scope as its activity {ProblemFor.Quoted(activity)}");
        }
    }
}
