namespace WorkflowHall.Data.Supervision;

/// <summary>Whether a red breach has been put right yet.</summary>
public enum SupervisionStatus
{
    /// <summary>A breach without its correction.</summary>
    Open,
    /// <summary>A breach whose correction was recorded.</summary>
    Corrected,
}

/// <summary>What an auditor asks of the log: a period (by when records were noticed), a unit, a matter, a level, a status.</summary>
public sealed record SupervisionFilter
{
    /// <summary>From this instant, inclusive.</summary>
    public DateTimeOffset? From { get; init; }
    /// <summary>Up to this instant, exclusive.</summary>
    public DateTimeOffset? To { get; init; }
    /// <summary>The unit supervised or responsible (机构 or 责任部门).</summary>
    public string? Unit { get; init; }
    /// <summary>The matter's implementation code.</summary>
    public string? Matter { get; init; }
    public SupervisionLevel? Level { get; init; }
    /// <summary>Open or corrected breaches (implies red records).</summary>
    public SupervisionStatus? Status { get; init; }
}
