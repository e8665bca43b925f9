using WorkflowHall.Engine.Time;

namespace WorkflowHall.Data.Supervision;

/// <summary>
/// Each date's count of working days since a fixed first date, so that the working days between two
/// dates is a difference and an average of spans is a difference of averages: the dashboard groups rows
/// by China date in the database and weighs each date here, instead of reading every case.
/// </summary>
internal sealed class WorkingDayIndex
{
    private readonly Dictionary<DateOnly, int> _index = [];

    public WorkingDayIndex(WorkingDayCalendar calendar, IEnumerable<DateOnly> dates)
    {
        var wanted = dates.Distinct().Order().ToList();
        if (wanted.Count == 0) return;
        var day = wanted[0];
        var count = 0;
        foreach (var date in wanted)
        {
            for (; day < date; day = day.AddDays(1))
            {
                if (calendar.IsWorkingDay(day.AddDays(1))) count++;
            }
            _index[date] = count;
        }
    }

    /// <summary>Working days after the first date up to and including <paramref name="date"/>.</summary>
    public int this[DateOnly date] => _index[date];

    /// <summary>Working days strictly after <paramref name="from"/> up to and including <paramref name="to"/> (0 when not after).</summary>
    public int Between(DateOnly from, DateOnly to) => Math.Max(0, this[to] - this[from]);

    public static DateOnly DateOf(DateTime chinaMidnight) => DateOnly.FromDateTime(chinaMidnight);
}
