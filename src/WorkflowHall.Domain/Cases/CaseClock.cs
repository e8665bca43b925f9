using WorkflowHall.Engine.Bpmn;
using WorkflowHall.Engine.Execution;
using WorkflowHall.Engine.Time;

namespace WorkflowHall.Domain.Cases;

/// <summary>
/// The case clock of 行政许可法: it starts at acceptance (第42条), counts working days (第82条), stands
/// still while the applicant supplements materials after acceptance and during special procedures
/// (第45条), and an approved extension adds its days (at most 10, once).
/// </summary>
public static class CaseClock
{
    public static CaseDeadline Compute(DateTimeOffset acceptedAt, int statutoryDays, int promisedDays, int extensionDays,
        IEnumerable<ClockPause> pauses, WorkingDayCalendar calendar, DateTimeOffset now)
    {
        var statutory = TimeLimitCalculator.Due(acceptedAt, new TimeLimit(statutoryDays + extensionDays, TimeLimitUnit.WorkingDays), calendar);
        var promised = TimeLimitCalculator.Due(acceptedAt, new TimeLimit(promisedDays + extensionDays, TimeLimitUnit.WorkingDays), calendar);
        var provisional = statutory.Provisional || promised.Provisional;
        var stopped = false;
        var pausedDays = 0;

        foreach (var pause in pauses)
        {
            var end = pause.To ?? now;
            if (end <= acceptedAt) continue; // 补正 before acceptance does not touch the limit
            var from = pause.From > acceptedAt ? pause.From : acceptedAt;
            stopped |= pause.To is null;
            var moved = TimeLimitCalculator.ShiftForPause(statutory.At, from, end, TimeLimitUnit.WorkingDays, calendar);
            var movedPromised = TimeLimitCalculator.ShiftForPause(promised.At, from, end, TimeLimitUnit.WorkingDays, calendar);
            provisional |= moved.Provisional || movedPromised.Provisional;
            statutory = moved;
            promised = movedPromised;
            pausedDays += calendar.CountWorkingDays(from, end);
        }

        var used = Math.Max(0, calendar.CountWorkingDays(acceptedAt, now) - pausedDays);
        return new CaseDeadline(statutory.At, promised.At, used,
            statutoryDays + extensionDays - used, promisedDays + extensionDays - used, provisional, stopped);
    }
}
