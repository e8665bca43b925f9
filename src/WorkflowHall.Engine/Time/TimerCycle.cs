namespace WorkflowHall.Engine.Time;

/// <summary>A parsed repeating interval: how often, how many times (null = unbounded) and, optionally, from when.</summary>
internal sealed record TimerCycle(IsoDuration Interval, int? Repetitions, DateTimeOffset? Start);
