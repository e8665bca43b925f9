namespace WorkflowHall.Data.Runtime;

/// <summary>
/// Proof that a command on a case's instance comes from the case service (<see cref="Hall.CaseActions"/>),
/// which checks the hall's rules and keeps the case row in the step's transaction. Only this assembly can
/// make one, so no page, endpoint or job can step a case's workflow past the case service by accident.
/// </summary>
public sealed class CaseStepPass
{
    private CaseStepPass()
    {
    }

    internal static CaseStepPass Instance { get; } = new();
}
