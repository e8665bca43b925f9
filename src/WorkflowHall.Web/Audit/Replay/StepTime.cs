using WorkflowHall.Engine.Bpmn;

namespace WorkflowHall.Web.Audit.Replay;

/// <summary>
/// The time a step took, from its work item's opening to its completion, in the unit of the step's own
/// limit (working days by the holiday calendar, natural days or hours), less the time the case clock stood still.
/// </summary>
public sealed record StepTime(string StepName, decimal Used, TimeLimit Limit, DateTimeOffset OpenedAt, DateTimeOffset DoneAt)
{
    public bool Overdue => Used > Limit.Amount;
}
