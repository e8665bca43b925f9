using WorkflowHall.Engine.Time;

namespace WorkflowHall.Engine.Tests.Time;

public class ReplaceableCalendarTests
{
    private const string Year2026WithMarch10Off = """
        { "year": 2026, "source": "test", "daysOff": [ { "from": "2026-03-10", "to": "2026-03-10", "name": "停工日" } ], "extraWorkingDays": [] }
        """;

    [Fact]
    public void A_replaceable_calendar_counts_by_the_years_it_was_last_given()
    {
        var calendar = WorkingDayCalendar.Replaceable(WorkingDayCalendar.WeekendsOnly);
        var monday = new DateTimeOffset(2026, 3, 9, 10, 0, 0, HallTime.Offset);
        Assert.Equal(new DateTimeOffset(2026, 3, 10, 23, 59, 59, HallTime.Offset), calendar.AddWorkingDays(monday, 1).At);

        calendar.ReplaceYears(WorkingDayCalendar.Load([Year2026WithMarch10Off]));

        Assert.Equal(new DateTimeOffset(2026, 3, 11, 23, 59, 59, HallTime.Offset), calendar.AddWorkingDays(monday, 1).At);
        Assert.Equal([2026], calendar.LoadedYears);
        Assert.Empty(WorkingDayCalendar.WeekendsOnly.LoadedYears);
    }

    [Fact]
    public void Any_other_calendar_stays_as_it_was_loaded()
    {
        var loaded = WorkingDayCalendar.Load([Year2026WithMarch10Off]);

        Assert.False(loaded.IsReplaceable);
        Assert.Throws<InvalidOperationException>(() => loaded.ReplaceYears(WorkingDayCalendar.WeekendsOnly));
        Assert.False(loaded.IsWorkingDay(new DateOnly(2026, 3, 10)));
    }
}
