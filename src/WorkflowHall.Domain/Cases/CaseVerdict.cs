using WorkflowHall.Engine.Execution;

namespace WorkflowHall.Domain.Cases;

/// <summary>What <see cref="CaseRules"/> says of a request: allowed (on this open step, for step acts), or refused and why.</summary>
public sealed record CaseVerdict(WorkItem? Item, CaseRefusal? Refusal)
{
    public bool Allowed => Refusal is null;

    public static CaseVerdict Allow(WorkItem? item = null) => new(item, null);

    public static implicit operator CaseVerdict(CaseRefusal refusal) => new(null, refusal);
}
