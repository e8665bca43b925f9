using WorkflowHall.Engine.Trail;

namespace WorkflowHall.Web.Audit.Replay;

/// <summary>One trail event as the replay lists it under its step; <see cref="Trouble"/> marks the first broken or divergent one.</summary>
public sealed record ReplayEvent(TrailEvent Event, string? NodeName)
{
    public bool Trouble { get; init; }
}
