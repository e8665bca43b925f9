using WorkflowHall.Engine.Bpmn;

namespace WorkflowHall.Engine.Time;

// API CONTRACT STUB — the Time helper replaces the bodies; signatures are relied on elsewhere.

/// <summary>A BPMN timer definition parsed into something that can say when it is due.</summary>
public sealed class TimerSchedule
{
    /// <summary>Parses a timer definition (duration, date or cycle). On failure returns false and a bilingual reason.</summary>
    public static bool TryParse(TimerDefinition definition, out TimerSchedule? schedule, out string? errorZh, out string? errorEn)
        => throw new NotImplementedException();

    /// <summary>When the timer first falls due, for a timer armed at <paramref name="armedAt"/>.</summary>
    public DateTimeOffset FirstDue(DateTimeOffset armedAt) => throw new NotImplementedException();

    /// <summary>For cycles: the next due time after the <paramref name="firedCount"/>-th firing at <paramref name="previousDue"/>; null when the cycle is exhausted (and always null for durations and dates).</summary>
    public DateTimeOffset? NextDue(DateTimeOffset previousDue, int firedCount) => throw new NotImplementedException();
}
