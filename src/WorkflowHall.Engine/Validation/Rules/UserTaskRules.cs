using WorkflowHall.Engine.Bpmn;

namespace WorkflowHall.Engine.Validation.Rules;

/// <summary>Every user task says who may take it: a post, an assignee, candidates, or a list of signers.</summary>
internal static class UserTaskRules
{
    public static IEnumerable<ValidationProblem> Check(ProcessDefinition definition) =>
        definition.Nodes.OfType<UserTask>()
            .Where(task => string.IsNullOrWhiteSpace(task.Hall.CandidatePost)
                && task.Assignment.IsEmpty
                && string.IsNullOrWhiteSpace(task.MultiInstance?.Collection))
            .Select(task => ProblemFor.Node(task, ProblemCode.MissingAssignment,
                $"用户任务 {ProblemFor.Quoted(task)} 没有办理人规则：请设置岗位（hall:post）、办理人、候选组或候选人",
                $"User task {ProblemFor.Quoted(task)} has no assignment rule: set a post (hall:post), an assignee, candidate groups or candidate users"));
}
