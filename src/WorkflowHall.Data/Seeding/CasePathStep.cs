using WorkflowHall.Engine.Bpmn;

namespace WorkflowHall.Data.Seeding;

/// <summary>One action of a path and who takes it: for <see cref="StepActor.PostHolder"/>, the post and where it is looked up.</summary>
public sealed record CasePathStep(CaseAction Action, StepActor Actor)
{
    public string? NodeId { get; init; }
    public string? Post { get; init; }
    public UnitRule UnitRule { get; init; }
    public string? User { get; init; }
}
