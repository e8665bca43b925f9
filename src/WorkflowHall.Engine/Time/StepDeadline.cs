using WorkflowHall.Engine.Execution;

namespace WorkflowHall.Engine.Time;

/// <summary>
/// A work item's due date and warning time as the law counts them: from when the step opened, in
/// the step's unit, moved later by every stretch the case clock stood still while the step was open.
/// Derived, never stored: loading a new year's calendar changes the answer, as it should.
/// </summary>
public sealed record StepDeadline(DueDate Due, DueDate WarningAt, bool ClockPaused)
{
    /// <summary>Null when the step has no time limit. An open pause counts up to <paramref name="now"/>.</summary>
    public static StepDeadline? For(WorkItem item, ClockState clock, WorkingDayCalendar calendar, DateTimeOffset now)
    {
        if (item.TimeLimit is not { } limit) return null;
        var due = TimeLimitCalculator.Due(item.OpenedAt, limit, calendar);
        var warning = TimeLimitCalculator.WarningAt(item.OpenedAt, limit, item.Warning, calendar);
        foreach (var pause in clock.Pauses)
        {
            var end = pause.To ?? now;
            if (end <= item.OpenedAt) continue;
            var from = pause.From > item.OpenedAt ? pause.From : item.OpenedAt;
            due = Shift(due, from, end, limit.Unit, calendar);
            warning = Shift(warning, from, end, limit.Unit, calendar);
        }
        return new StepDeadline(due, warning, clock.IsPaused);
    }

    private static DueDate Shift(DueDate date, DateTimeOffset from, DateTimeOffset to, Bpmn.TimeLimitUnit unit, WorkingDayCalendar calendar)
    {
        var shifted = TimeLimitCalculator.ShiftForPause(date.At, from, to, unit, calendar);
        return shifted with { Provisional = shifted.Provisional || date.Provisional };
    }
}
