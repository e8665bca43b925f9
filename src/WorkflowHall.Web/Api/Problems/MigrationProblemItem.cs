using WorkflowHall.Data.Runtime;

namespace WorkflowHall.Web.Api.Problems;

/// <summary>Why one instance cannot move to the target version as planned.</summary>
public sealed record MigrationProblemItem(string InstanceId, string ElementId, string MessageZh, string MessageEn)
{
    public static MigrationProblemItem From(InstanceMigrationProblem problem) =>
        new(problem.InstanceId, problem.Problem.NodeId, problem.Problem.MessageZh, problem.Problem.MessageEn);
}
