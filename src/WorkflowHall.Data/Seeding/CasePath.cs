using System.Collections.Immutable;
using WorkflowHall.Engine.Bpmn;

namespace WorkflowHall.Data.Seeding;

/// <summary>Who may take a step of a path: a holder of its post, the applicant (or their agent), or one named user.</summary>
public enum StepActor
{
    PostHolder,
    Applicant,
    User,
}

/// <summary>One action of a path and who takes it: for <see cref="StepActor.PostHolder"/>, the post and where it is looked up.</summary>
public sealed record CasePathStep(CaseAction Action, StepActor Actor)
{
    public string? NodeId { get; init; }
    public string? Post { get; init; }
    public UnitRule UnitRule { get; init; }
    public string? User { get; init; }
}

/// <summary>The actions that take a case of one matter to one status, with the detours asked for; the same for every case of that kind.</summary>
public sealed record CasePath(ImmutableArray<CasePathStep> Steps);

/// <summary>Detours a case may take on its way: a supplement round, a return from review, a special procedure, the extension, and how far it gets before a withdrawal.</summary>
public readonly record struct CaseTwists(bool Supplement, bool Return, bool Procedure, bool Extension, int WithdrawAfter)
{
    public static readonly CaseTwists None = default;
}
