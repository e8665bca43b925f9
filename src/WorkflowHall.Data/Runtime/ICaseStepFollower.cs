using WorkflowHall.Engine.Execution;

namespace WorkflowHall.Data.Runtime;

/// <summary>
/// Keeps a case row in step with what the runtime does to its instance on its own — a due timer fires, a
/// service call finishes, an administrator migrates the instance — in the same transaction as the step.
/// </summary>
public interface ICaseStepFollower
{
    Task FollowAsync(HallDbContext db, string caseId, InstanceState after, DateTimeOffset now, CancellationToken cancellationToken);
}
