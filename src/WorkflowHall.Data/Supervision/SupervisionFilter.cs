namespace WorkflowHall.Data.Supervision;

/// <summary>Whether a red breach has been put right yet.</summary>
public enum SupervisionStatus
{
    /// <summary>A breach without its correction.</summary>
    Open,
    /// <summary>A breach whose correction was recorded.</summary>
    Corrected,
}

/// <summary>What an auditor asks of the log: a period (by when records were noticed), a unit or a set of units, a matter, a level, a rule, a case, a status.</summary>
public sealed record SupervisionFilter
{
    /// <summary>From this instant, inclusive.</summary>
    public DateTimeOffset? From { get; init; }
    /// <summary>Up to this instant, exclusive.</summary>
    public DateTimeOffset? To { get; init; }
    /// <summary>The unit supervised or responsible (机构 or 责任部门).</summary>
    public string? Unit { get; init; }
    /// <summary>Any of these units, supervised or responsible: a region and the units below it, or what a supervisor may see; null for every unit.</summary>
    public IReadOnlyCollection<string>? Units { get; init; }
    /// <summary>The matter's implementation code.</summary>
    public string? Matter { get; init; }
    public SupervisionLevel? Level { get; init; }
    /// <summary>监察规则编号, one of <see cref="SupervisionRules"/>.</summary>
    public string? Rule { get; init; }
    /// <summary>办件编号.</summary>
    public string? CaseNumber { get; init; }
    /// <summary>Open or corrected breaches (implies red records).</summary>
    public SupervisionStatus? Status { get; init; }
}
