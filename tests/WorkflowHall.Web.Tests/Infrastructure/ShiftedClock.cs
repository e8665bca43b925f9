namespace WorkflowHall.Web.Tests.Infrastructure;

/// <summary>The system clock, moved forward on demand: lets a test make timers due without waiting.</summary>
public sealed class ShiftedClock : TimeProvider
{
    public TimeSpan Shift { get; set; }

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + Shift;
}
