namespace WorkflowHall.Data.Runtime.ServiceCalls;

/// <summary>
/// How failed service calls are retried (configuration section <c>ServiceCalls</c>): the first retry
/// after <see cref="FirstDelay"/>, each next one after twice the previous wait, never more than
/// <see cref="MaxDelay"/>; after <see cref="MaxAttempts"/> failed attempts the call becomes an incident (故障)
/// that waits for an administrator.
/// </summary>
public sealed class ServiceCallRetryOptions
{
    public const string Section = "ServiceCalls";

    /// <summary>Attempts in all, the first (right after the step) included.</summary>
    public int MaxAttempts { get; set; } = 5;

    public TimeSpan FirstDelay { get; set; } = TimeSpan.FromSeconds(10);

    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Due calls run per sweep at most.</summary>
    public int BatchSize { get; set; } = 100;

    /// <summary>The wait after the given number of failed attempts (1 → <see cref="FirstDelay"/>, 2 → twice that, …), capped.</summary>
    public TimeSpan DelayAfter(int failedAttempts)
    {
        var doublings = Math.Clamp(failedAttempts - 1, 0, 30);
        var delay = FirstDelay.Ticks * Math.Pow(2, doublings);
        return delay >= MaxDelay.Ticks ? MaxDelay : TimeSpan.FromTicks((long)delay);
    }
}
