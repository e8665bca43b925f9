namespace WorkflowHall.Data.Supervision;

/// <summary>What the supervision dashboard counts: a period and the units in view (a region and the units below it, or a supervisor's reach).</summary>
public sealed record DashboardFilter
{
    /// <summary>From this instant, inclusive.</summary>
    public DateTimeOffset? From { get; init; }
    /// <summary>Up to this instant, exclusive.</summary>
    public DateTimeOffset? To { get; init; }
    /// <summary>The handling (or responsible) units counted; null for every unit.</summary>
    public IReadOnlyCollection<string>? Units { get; init; }
}
