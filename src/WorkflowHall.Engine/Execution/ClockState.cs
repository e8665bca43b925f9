using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace WorkflowHall.Engine.Execution;

public enum ClockPauseKind
{
    /// <summary>补正: the applicant supplements materials after acceptance.</summary>
    Supplement,
    /// <summary>特别程序: hearing, inspection, testing, expert review — not counted in the limit (行政许可法 第45条).</summary>
    SpecialProcedure,
    Other,
}

/// <summary>A stretch of time the legal clock stood still.</summary>
public sealed record ClockPause(DateTimeOffset From, ClockPauseKind Kind, string Reason)
{
    public DateTimeOffset? To { get; init; }
    public string? StartedBy { get; init; }
    public string? EndedBy { get; init; }
}

/// <summary>The case clock: every pause so far, the last one open while the clock is stopped.</summary>
public sealed record ClockState(ImmutableList<ClockPause> Pauses)
{
    public static readonly ClockState Running = new(ImmutableList<ClockPause>.Empty);

    [JsonIgnore]
    public bool IsPaused => Pauses.Count > 0 && Pauses[^1].To is null;

    [JsonIgnore]
    public ClockPause? OpenPause => IsPaused ? Pauses[^1] : null;
}
