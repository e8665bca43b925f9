using System.Globalization;
using WorkflowHall.Engine.Time;

namespace WorkflowHall.Cli.Calendars;

/// <summary>How the calendar commands read dates and write days, Chinese first.</summary>
internal static class CalendarText
{
    private static readonly string[] WeekdaysZh = ["周日", "周一", "周二", "周三", "周四", "周五", "周六"];

    public static DateOnly? ParseDate(string text, string what, out CliError? error)
    {
        error = null;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        error = new CliError($"{what} \"{text}\" 不是 yyyy-MM-dd 格式的日期", $"{what} \"{text}\" is not a date in yyyy-MM-dd form");
        return null;
    }

    /// <summary>"2026-10-10（周六 / Sat）".</summary>
    public static string DateWithWeekday(DateOnly date) =>
        $"{HallTime.FormatDate(date)}（{WeekdaysZh[(int)date.DayOfWeek]} / {date.DayOfWeek.ToString()[..3]}）";

    /// <summary>Noon of the day in the hall: an instant that is unambiguously on that date.</summary>
    public static DateTimeOffset Instant(DateOnly date) => HallTime.On(date, new TimeOnly(12, 0));

    /// <summary>The years after <paramref name="from"/>'s up to <paramref name="to"/>'s the calendar counts with weekends only.</summary>
    public static IReadOnlyList<int> MissingYears(WorkingDayCalendar calendar, DateOnly from, DateOnly to)
    {
        var first = from.AddDays(1).Year;
        return [.. Enumerable.Range(first, Math.Max(0, to.Year - first + 1)).Where(y => !calendar.HasYear(y))];
    }

    public static void WriteMissingYears(TextWriter output, IReadOnlyList<int> years)
    {
        if (years.Count == 0) return;
        var list = string.Join(", ", years);
        output.WriteLine($"  {string.Join("、", years)} 年的节假日日历未载入，按周末计算，待确认 / no holiday calendar for {list}: counted with weekends only, to be confirmed");
    }

    public static void WriteCalendar(TextWriter output, LocatedCalendar calendar) =>
        output.WriteLine($"  日历 / calendar: {calendar.DescriptionZh} / {calendar.DescriptionEn}");
}
