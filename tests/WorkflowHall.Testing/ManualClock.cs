namespace WorkflowHall.Testing;

/// <summary>
/// The tests' one clock: it stands still until the test sets it (<see cref="SetUtcNow"/>, to any moment, earlier
/// ones too) or moves it (<see cref="Advance"/>), and always answers in UTC whatever offset it was given: PostgreSQL
/// stores only UTC instants, and a hall time such as <c>2026-12-01 09:00 +08:00</c> is the natural way to say where
/// a test stands. Timers made on it are the system's. (The framework's <c>FakeTimeProvider</c> refuses to go back in
/// time, which the rating and supervision scenes do to date what they write.)
/// </summary>
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private readonly Lock _lock = new();
    private DateTimeOffset _now = start.ToUniversalTime();

    /// <summary>A clock standing at the system's present moment, for a host whose other parts read the real time.</summary>
    public static ManualClock StartingNow() => new(System.GetUtcNow());

    public override DateTimeOffset GetUtcNow()
    {
        lock (_lock) return _now;
    }

    /// <summary>Puts the clock at <paramref name="moment"/>, before or after where it stands.</summary>
    public void SetUtcNow(DateTimeOffset moment)
    {
        lock (_lock) _now = moment.ToUniversalTime();
    }

    public void Advance(TimeSpan by)
    {
        lock (_lock) _now += by;
    }
}
