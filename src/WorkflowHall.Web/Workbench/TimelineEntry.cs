namespace WorkflowHall.Web.Workbench;

/// <summary>
/// One meaningful event of a case's trail, as the case page shows it: when, who (by name), what was done
/// (<see cref="What"/> is the Chinese name, the localizer's key), at which step, with what opinion.
/// </summary>
public sealed record TimelineEntry(DateTime At, string Actor, string ActorName, string What)
{
    public string? Step { get; init; }
    public string? Opinion { get; init; }
    public string? Detail { get; init; }
    /// <summary>Something a person did to the case (not the system's own bookkeeping): what a late second clerk is told about.</summary>
    public bool IsAct { get; init; }
}
