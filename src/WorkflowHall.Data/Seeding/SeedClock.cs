namespace WorkflowHall.Data.Seeding;

/// <summary>The clock the services run on while a script is replayed: set to each action's time in turn.</summary>
public sealed class SeedClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now.ToUniversalTime();

    public void Set(DateTimeOffset at) => _now = at;
}
