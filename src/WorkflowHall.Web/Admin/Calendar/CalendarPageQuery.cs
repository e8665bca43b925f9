using WorkflowHall.Data.Calendar;
using WorkflowHall.Engine.Time;

namespace WorkflowHall.Web.Admin.Calendar;

/// <summary>Builds a year's calendar page from the running calendar (brought up to the database first).</summary>
public sealed class CalendarPageQuery(HallCalendar calendar)
{
    public const int MaxCalculatedDays = 366;

    public async Task<CalendarPageView> LoadAsync(int year, DateOnly? from, int? days, CancellationToken cancellationToken = default)
    {
        var state = await calendar.YearAsync(year, cancellationToken);
        var running = calendar.Calendar;
        var named = (state.Arrangement?.DaysOff ?? []).Select(d => (d, DayKind.DayOff))
            .Concat((state.Arrangement?.ExtraWorkingDays ?? []).Select(d => (d, DayKind.ExtraWorkingDay)))
            .ToDictionary(x => x.d.Date);
        var months = Enumerable.Range(1, 12).Select(month => Month(year, month, running, named)).ToList();
        WorkingDayCalculation? calculation = null;
        if (from is { } start && days is { } n and >= 0 and <= MaxCalculatedDays)
        {
            var due = running.AddWorkingDays(HallTime.On(start, new TimeOnly(12, 0)), n);
            calculation = new WorkingDayCalculation(start, n, HallTime.DateOf(due.At), due.Provisional);
        }
        return new CalendarPageView(state, months, months.Sum(m => m.WorkingDays), running.LoadedYears, calculation);
    }

    private static MonthView Month(int year, int month, WorkingDayCalendar calendar, Dictionary<DateOnly, (CalendarDay Day, DayKind Kind)> named)
    {
        var first = new DateOnly(year, month, 1);
        var cells = new List<DayCell?>();
        for (var blank = ((int)first.DayOfWeek + 6) % 7; blank > 0; blank--) cells.Add(null);
        var working = 0;
        for (var day = first; day.Month == month; day = day.AddDays(1))
        {
            var weekend = day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
            var cell = named.TryGetValue(day, out var listed)
                ? new DayCell(day, listed.Kind, listed.Day.Name, listed.Day.NameEn)
                : new DayCell(day, weekend ? DayKind.Weekend : DayKind.Working, null, null);
            if (calendar.IsWorkingDay(day)) working++;
            cells.Add(cell);
        }
        while (cells.Count % 7 != 0) cells.Add(null);
        return new MonthView(month, [.. cells.Chunk(7).Select(week => (IReadOnlyList<DayCell?>)week)], working);
    }
}
