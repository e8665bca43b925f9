using System.Collections.Immutable;

namespace WorkflowHall.Engine.Bpmn;

/// <summary>The four stages a hall step can belong to (受理 / 审核 / 审批 / 办结·发证).</summary>
public enum HallStage
{
    Accept,
    Review,
    Approve,
    Issue,
}

public enum TimeLimitUnit
{
    WorkingDays,
    NaturalDays,
    Hours,
}

public sealed record TimeLimit(decimal Amount, TimeLimitUnit Unit);

/// <summary>
/// When the yellow warning is due: either a fixed amount before the deadline (in the limit's own
/// unit) or a share of the limit already used (0.8 = warn once 80% is used).
/// </summary>
public sealed record WarningThreshold(decimal? AmountBefore, decimal? ShareUsed);

/// <summary>Where the candidate post is looked up, relative to the case's handling unit.</summary>
public enum UnitRule
{
    HandlingUnit,
    ParentUnit,
    ApplicantVillage,
}

/// <summary>
/// The hall's own settings on a step, from its extension namespace (<see cref="BpmnNamespaces.Hall"/>).
/// </summary>
public sealed record HallStepSettings
{
    public static readonly HallStepSettings None = new();

    public HallStage? Stage { get; init; }
    public string? CandidatePost { get; init; }
    public UnitRule UnitRule { get; init; } = UnitRule.HandlingUnit;
    public TimeLimit? TimeLimit { get; init; }
    public WarningThreshold? Warning { get; init; }
    public ImmutableArray<string> AllowedActions { get; init; } = [];
    public string? FormKey { get; init; }
}
