using System.Globalization;
using WorkflowHall.Engine.Time;

namespace WorkflowHall.Data.Supervision;

/// <summary>Instants as the log keeps them: UTC, to the microsecond (what PostgreSQL keeps), so hashes survive the round trip.</summary>
internal static class SupervisionTime
{
    public static DateTime Stored(DateTime value)
    {
        return StoredTime.ToStored(StoredTime.FromStored(value));
    }

    public static DateTime Stored(DateTimeOffset value) => Stored(value.UtcDateTime);

    public static DateTime Now(TimeProvider clock) => Stored(clock.GetUtcNow());

    public static DateTimeOffset Instant(DateTime stored) => StoredTime.FromStored(stored);

    /// <summary>For keys and hashes: fixed, culture-free, microseconds.</summary>
    public static string Key(DateTime value) => Stored(value).ToString("yyyyMMdd'T'HHmmss.ffffff", CultureInfo.InvariantCulture);

    /// <summary>A span as 监察 descriptions say it: 2天3小时, 5小时10分钟, 45分钟.</summary>
    public static string Span(TimeSpan span)
    {
        if (span < TimeSpan.Zero) span = TimeSpan.Zero;
        if (span.TotalDays >= 1) return $"{(int)span.TotalDays}天{span.Hours}小时";
        if (span.TotalHours >= 1) return $"{(int)span.TotalHours}小时{span.Minutes}分钟";
        return $"{(int)span.TotalMinutes}分钟";
    }

    /// <summary>
    /// <paramref name="workingDays"/> working days before <paramref name="due"/>, at the same time of day:
    /// the case's yellow warning (1 working day before the promised deadline).
    /// </summary>
    public static DateTimeOffset WorkingDaysBefore(DateTimeOffset due, int workingDays, WorkingDayCalendar calendar)
    {
        var local = HallTime.At(due);
        var day = DateOnly.FromDateTime(local.DateTime);
        for (var counted = 0; counted < workingDays;)
        {
            day = day.AddDays(-1);
            if (calendar.IsWorkingDay(day)) counted++;
        }
        return HallTime.StartOfDay(day) + local.TimeOfDay;
    }
}
