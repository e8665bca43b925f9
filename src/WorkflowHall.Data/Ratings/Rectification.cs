using WorkflowHall.Data.Records.Hall;
using WorkflowHall.Domain.Ratings;
using WorkflowHall.Engine.Time;

namespace WorkflowHall.Data.Ratings;

/// <summary>A rectification (整改) as its users see it, times at UTC.</summary>
/// <param name="DueProvisional">The deadline was counted through a year whose holidays are not loaded (weekends only): show it as "to be confirmed".</param>
/// <param name="Extended">The one extension was used.</param>
/// <param name="Revision">Pass it back as the expected revision to act on exactly this state.</param>
public sealed record Rectification(
    long Id,
    string CaseId,
    string UnitCode,
    RectificationStatus Status,
    DateTimeOffset OpenedAt,
    DateTimeOffset DueAt,
    bool DueProvisional,
    bool Extended,
    DateTimeOffset? ClosedAt,
    string? Outcome,
    int Revision)
{
    /// <summary>整改超期: still open after its deadline.</summary>
    public bool IsOverdueAt(DateTimeOffset now) => RectificationRules.IsOverdue(Status, DueAt, now);

    internal static Rectification From(RectificationRecord record, bool extended, WorkingDayCalendar calendar)
    {
        var openedAt = StoredTime.FromStored(record.OpenedAt);
        var dueAt = StoredTime.FromStored(record.DueAt);
        return new Rectification(record.Id, record.CaseId, record.UnitCode, Enum.Parse<RectificationStatus>(record.Status), openedAt, dueAt,
            CountedThroughUnloadedYear(openedAt, dueAt, calendar), extended,
            record.ClosedAt is { } closed ? StoredTime.FromStored(closed) : null, record.Outcome, record.Revision);
    }

    /// <summary>
    /// Whether a deadline counted in working days from the day after <paramref name="openedAt"/> to
    /// <paramref name="dueAt"/> (China dates) touches a year with no holiday calendar. Read off the
    /// calendar as loaded now, since the table has no column for it: once that year is loaded the
    /// flag clears, though the stored deadline is not recounted.
    /// </summary>
    private static bool CountedThroughUnloadedYear(DateTimeOffset openedAt, DateTimeOffset dueAt, WorkingDayCalendar calendar)
    {
        var first = HallTime.DateOf(openedAt).AddDays(1).Year;
        var last = HallTime.DateOf(dueAt).Year;
        for (var year = first; year <= last; year++)
        {
            if (!calendar.HasYear(year)) return true;
        }
        return false;
    }
}
