using WorkflowHall.Engine.Time;

namespace WorkflowHall.Data.Seeding;

/// <summary>
/// When people act, in China time: clerks in office hours (08:30–12:00, 14:00–17:30) on working days,
/// applicants in the daytime (08:00–22:00) any day.
/// </summary>
internal sealed class WorkingHours(WorkingDayCalendar calendar)
{
    public const int MinutesPerWorkingDay = 420;
    public const int MinutesPerDaytime = 840;

    private static readonly (TimeSpan From, TimeSpan To)[] Office = [(new(8, 30, 0), new(12, 0, 0)), (new(14, 0, 0), new(17, 30, 0))];
    private static readonly (TimeSpan From, TimeSpan To)[] Daytime = [(new(8, 0, 0), new(22, 0, 0))];

    /// <summary><paramref name="minutes"/> of office time after <paramref name="at"/> (or after the next office moment).</summary>
    public DateTimeOffset AddOffice(DateTimeOffset at, int minutes) => Add(at, minutes, Office, calendar.IsWorkingDay);

    public DateTimeOffset AddDaytime(DateTimeOffset at, int minutes) => Add(at, minutes, Daytime, _ => true);

    public DateTimeOffset NextOffice(DateTimeOffset at) => Next(at, Office, calendar.IsWorkingDay);

    public DateTimeOffset NextDaytime(DateTimeOffset at) => Next(at, Daytime, _ => true);

    private static DateTimeOffset Add(DateTimeOffset at, int minutes, (TimeSpan From, TimeSpan To)[] sessions, Func<DateOnly, bool> open)
    {
        var current = Next(at, sessions, open);
        var left = TimeSpan.FromMinutes(minutes);
        while (true)
        {
            var local = current.ToOffset(HallTime.Offset);
            var end = local.Date + sessions.First(s => local.TimeOfDay < s.To).To;
            var available = new DateTimeOffset(end, HallTime.Offset) - current;
            if (left < available) return current + left;
            left -= available;
            current = Next(new DateTimeOffset(end, HallTime.Offset), sessions, open);
        }
    }

    private static DateTimeOffset Next(DateTimeOffset at, (TimeSpan From, TimeSpan To)[] sessions, Func<DateOnly, bool> open)
    {
        var local = at.ToOffset(HallTime.Offset);
        for (var day = DateOnly.FromDateTime(local.DateTime); ; day = day.AddDays(1))
        {
            if (open(day))
            {
                var time = day == DateOnly.FromDateTime(local.DateTime) ? local.TimeOfDay : TimeSpan.Zero;
                foreach (var (from, to) in sessions)
                {
                    if (time < to) return new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue) + (time > from ? time : from), HallTime.Offset);
                }
            }
        }
    }
}
