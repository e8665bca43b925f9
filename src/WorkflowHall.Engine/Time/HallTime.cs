using System.Globalization;

namespace WorkflowHall.Engine.Time;

/// <summary>
/// The hall's time: China Standard Time, a fixed UTC+8 with no daylight saving, so "which day is it"
/// and "end of that day" are always answered at +08:00 whatever offset an instant arrives with. Every
/// date or time a person reads (pages, CSV exports, the CLI, notices and certificates) is written here.
/// Instants stored as UTC <see cref="DateTime"/>s are taken as UTC whatever their kind says.
/// </summary>
public static class HallTime
{
    /// <summary>UTC+8, the only place the hall's offset is written.</summary>
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    /// <summary>Now in the hall, at +08:00, from the injected clock.</summary>
    public static DateTimeOffset Now(TimeProvider clock) => At(clock.GetUtcNow());

    /// <summary>Today's date in the hall, from the injected clock.</summary>
    public static DateOnly Today(TimeProvider clock) => DateOf(clock.GetUtcNow());

    /// <summary>The same instant at +08:00.</summary>
    public static DateTimeOffset At(DateTimeOffset instant) => instant.ToOffset(Offset);

    /// <summary>A stored UTC instant at +08:00.</summary>
    public static DateTimeOffset At(DateTime utc) => At(new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)));

    /// <summary>The hall's date on which the instant falls.</summary>
    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(At(instant).DateTime);

    /// <summary>The hall's date on which the stored UTC instant falls.</summary>
    public static DateOnly DateOf(DateTime utc) => DateOnly.FromDateTime(At(utc).DateTime);

    /// <summary>00:00 of the day at +08:00.</summary>
    public static DateTimeOffset StartOfDay(DateOnly date) => new(date.ToDateTime(TimeOnly.MinValue), Offset);

    /// <summary>23:59:59 of the day at +08:00: a time limit "ends with the day" (期间届满之日).</summary>
    public static DateTimeOffset EndOfDay(DateOnly date) => new(date.ToDateTime(new TimeOnly(23, 59, 59)), Offset);

    /// <summary>The time of day at +08:00 on the given date.</summary>
    public static DateTimeOffset On(DateOnly date, TimeOnly time) => new(date.ToDateTime(time), Offset);

    /// <summary><c>2026-12-07</c>.</summary>
    public static string FormatDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary><c>2026-12-07</c>, the hall's date of the instant.</summary>
    public static string FormatDate(DateTimeOffset instant) => FormatDate(DateOf(instant));

    /// <summary><c>2026-12-07 09:30</c>: how pages and exports show an instant.</summary>
    public static string FormatMinute(DateTimeOffset instant) => At(instant).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    /// <summary><c>2026-12-07 09:30</c> for a stored UTC instant.</summary>
    public static string FormatMinute(DateTime utc) => FormatMinute(At(utc));

    /// <summary><c>2026-12-07 09:30</c>, or blank when there is no instant.</summary>
    public static string FormatMinute(DateTime? utc) => utc is { } value ? FormatMinute(value) : "";

    /// <summary><c>2026-12-07 09:30</c>, or blank when there is no instant.</summary>
    public static string FormatMinute(DateTimeOffset? instant) => instant is { } value ? FormatMinute(value) : "";

    /// <summary><c>2026-12-07 09:30:15</c>: the CLI and the CSV log, to the second.</summary>
    public static string FormatDateTime(DateTimeOffset instant) => At(instant).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    /// <summary><c>2026-12-07 09:30:15</c> for a stored UTC instant.</summary>
    public static string FormatDateTime(DateTime utc) => FormatDateTime(At(utc));

    /// <summary>A date as written notices and certificates put it: <c>2026年12月7日</c>.</summary>
    public static string FormatNoticeDate(DateOnly date) => date.ToString("yyyy年M月d日", CultureInfo.InvariantCulture);

    /// <summary><c>2026年12月7日</c>, the hall's date of the instant.</summary>
    public static string FormatNoticeDate(DateTimeOffset instant) => FormatNoticeDate(DateOf(instant));

    /// <summary><c>2026年12月7日</c>, the hall's date of the stored UTC instant.</summary>
    public static string FormatNoticeDate(DateTime utc) => FormatNoticeDate(DateOf(utc));
}
