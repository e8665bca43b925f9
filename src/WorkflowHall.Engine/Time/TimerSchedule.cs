using WorkflowHall.Engine.Bpmn;

namespace WorkflowHall.Engine.Time;

/// <summary>A BPMN timer definition parsed into something that can say when it is due.</summary>
/// <remarks>
/// Supported: durations (<c>PT2H</c>, <c>P3D</c>, <c>P1W</c>, <c>PT0.5H</c>), dates
/// (<c>2026-12-01T09:00:00+08:00</c>; without an offset China time, a bare date its 00:00) and cycles
/// (<c>R5/PT1H</c>, <c>R/PT1H</c>, <c>R3/2026-12-01T09:00:00+08:00/P1D</c>). Every time returned is at +08:00.
/// </remarks>
public sealed class TimerSchedule
{
    private readonly IsoDuration? duration;
    private readonly DateTimeOffset? date;
    private readonly TimerCycle? cycle;

    private TimerSchedule(TimerKind kind, string expression, IsoDuration? duration, DateTimeOffset? date, TimerCycle? cycle)
    {
        Kind = kind;
        Expression = expression;
        this.duration = duration;
        this.date = date;
        this.cycle = cycle;
    }

    internal TimerKind Kind { get; }
    internal string Expression { get; }

    /// <summary>Parses a timer definition (duration, date or cycle). On failure returns false and a bilingual reason.</summary>
    public static bool TryParse(TimerDefinition definition, out TimerSchedule? schedule, out string? errorZh, out string? errorEn)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var error = Parse(definition, out schedule);
        errorZh = error?.Zh;
        errorEn = error?.En;
        return error is null;
    }

    /// <summary>When the timer first falls due, for a timer armed at <paramref name="armedAt"/>.</summary>
    /// <remarks>
    /// A duration counts from arming; a date is due at that date even when it has already passed
    /// (the timer fires at once); a cycle is first due one interval after arming, or at its start.
    /// </remarks>
    public DateTimeOffset FirstDue(DateTimeOffset armedAt) => Kind switch
    {
        TimerKind.Duration => duration!.Value.AddTo(armedAt),
        TimerKind.Date => date!.Value,
        _ => cycle!.Start ?? cycle.Interval.AddTo(armedAt),
    };

    /// <summary>For cycles: the next due time after the <paramref name="firedCount"/>-th firing at <paramref name="previousDue"/>; null when the cycle is exhausted (and always null for durations and dates).</summary>
    /// <remarks>
    /// <c>R5</c> fires five times in all, so the fifth firing has no successor. Each interval is
    /// added to the previous due time, calendar-wise at +08:00.
    /// </remarks>
    public DateTimeOffset? NextDue(DateTimeOffset previousDue, int firedCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(firedCount);
        if (cycle is null || firedCount >= cycle.Repetitions)
        {
            return null;
        }

        return cycle.Interval.AddTo(previousDue);
    }

    public override string ToString() => $"{Kind}: {Expression}";

    private static TimeTextError? Parse(TimerDefinition definition, out TimerSchedule? schedule)
    {
        schedule = null;
        var raw = definition.Expression ?? "";
        var text = raw.Trim();
        var offset = raw.Length - raw.TrimStart().Length;
        if (text.Length == 0)
        {
            return new("计时器表达式为空", "The timer expression is empty");
        }

        if (text.Contains("${", StringComparison.Ordinal) || text.Contains("#{", StringComparison.Ordinal))
        {
            return new($"计时器表达式 '{text}' 引用了变量，暂不支持由变量决定的计时器",
                $"The timer expression '{text}' uses a variable; variable-driven timers are not supported yet");
        }

        TimeTextError? error;
        switch (definition.Kind)
        {
            case TimerKind.Duration:
                error = IsoDurationParser.Parse(text, offset, out var duration);
                schedule = new TimerSchedule(TimerKind.Duration, text, duration, null, null);
                break;
            case TimerKind.Date:
                error = IsoDateTimeParser.Parse(text, offset, out var date);
                schedule = new TimerSchedule(TimerKind.Date, text, null, date, null);
                break;
            case TimerKind.Cycle:
                error = TimerCycleParser.Parse(text, offset, out var cycle);
                schedule = new TimerSchedule(TimerKind.Cycle, text, null, null, cycle);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(definition), definition.Kind, "Unknown timer kind.");
        }

        if (error is not null)
        {
            schedule = null;
        }

        return error;
    }
}
