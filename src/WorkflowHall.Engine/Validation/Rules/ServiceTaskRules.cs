using WorkflowHall.Engine.Bpmn;

namespace WorkflowHall.Engine.Validation.Rules;

/// <summary>Every service task names the handler that runs it.</summary>
internal static class ServiceTaskRules
{
    public static IEnumerable<ValidationProblem> Check(ProcessDefinition definition) =>
        definition.Nodes.OfType<ServiceTask>()
            .Where(task => string.IsNullOrWhiteSpace(task.Handler))
            .Select(task => ProblemFor.Node(task, ProblemCode.MissingHandler,
                $"服务任务 {ProblemFor.Quoted(task)} 没有指定处理程序（hall:handler）",
                $"Service task {ProblemFor.Quoted(task)} names no handler (hall:handler)"));
}
