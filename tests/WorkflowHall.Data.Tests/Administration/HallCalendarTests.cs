using WorkflowHall.Data.Calendar;
using WorkflowHall.Data.Tests.Infrastructure;
using WorkflowHall.Engine.Time;

namespace WorkflowHall.Data.Tests.Administration;

public class HallCalendarTests
{
    private static readonly DateTimeOffset MondayMarch9 = new(2026, 3, 9, 10, 0, 0, HallTime.Offset);

    private static DateOnly Day(DueDate due) => DateOnly.FromDateTime(due.At.ToOffset(HallTime.Offset).DateTime);

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_day_off_added_on_a_working_day_moves_deadlines_here_at_once_and_on_another_node_at_its_refresh(string provider)
    {
        await using var hall = await TestHall.CreateAsync(provider);
        var here = new HallCalendar(hall.Contexts, WorkingDayCalendar.Replaceable(TestHall.Calendar), hall.Clock);
        var there = new HallCalendar(hall.Contexts, WorkingDayCalendar.Replaceable(TestHall.Calendar), hall.Clock);
        Assert.Equal(new DateOnly(2026, 3, 10), Day(here.Calendar.AddWorkingDays(MondayMarch9, 1)));

        var saved = await here.AddDayAsync(2026, new CalendarDayChange(new DateOnly(2026, 3, 10), CalendarDayKind.DayOff, "防汛停工日", "Flood day"), "qian.lei", expectedRevision: 0);

        Assert.True(saved.Succeeded, saved.Error?.ToString());
        Assert.Equal(1, saved.Value);
        Assert.False(here.Calendar.IsWorkingDay(new DateOnly(2026, 3, 10)));
        Assert.Equal(new DateOnly(2026, 3, 11), Day(here.Calendar.AddWorkingDays(MondayMarch9, 1)));
        Assert.True(there.Calendar.IsWorkingDay(new DateOnly(2026, 3, 10)));
        Assert.True(await there.RefreshAsync());
        Assert.False(there.Calendar.IsWorkingDay(new DateOnly(2026, 3, 10)));
        Assert.False(await there.RefreshAsync());
        // The file's own holidays are still there: the saved year is the file's year with the change.
        Assert.False(here.Calendar.IsWorkingDay(new DateOnly(2026, 10, 1)));
        Assert.True(here.Calendar.IsWorkingDay(new DateOnly(2026, 10, 10)));
        var year = await there.YearAsync(2026);
        Assert.Equal((1, "qian.lei", true), (year.Revision, year.SavedBy, year.HasFile));
        Assert.Contains(year.Arrangement!.DaysOff, d => d.Date == new DateOnly(2026, 3, 10) && d.Name == "防汛停工日");
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_edit_made_on_a_stale_revision_is_refused_and_changes_nothing(string provider)
    {
        await using var hall = await TestHall.CreateAsync(provider);
        var calendar = new HallCalendar(hall.Contexts, WorkingDayCalendar.Replaceable(TestHall.Calendar), hall.Clock);
        Assert.True((await calendar.RemoveDayAsync(2026, new DateOnly(2026, 10, 7), "qian.lei", 0)).Succeeded);

        var stale = await calendar.AddDayAsync(2026, new CalendarDayChange(new DateOnly(2026, 3, 10), CalendarDayKind.DayOff, "防汛停工日"), "other.admin", 0);

        Assert.Equal("calendar.conflict", stale.Error?.Code);
        Assert.True(calendar.Calendar.IsWorkingDay(new DateOnly(2026, 3, 10)));
        Assert.True(calendar.Calendar.IsWorkingDay(new DateOnly(2026, 10, 7)));
        Assert.Equal(1, (await calendar.YearAsync(2026)).Revision);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Wrong_days_are_refused_with_the_reason(string provider)
    {
        await using var hall = await TestHall.CreateAsync(provider);
        var calendar = new HallCalendar(hall.Contexts, WorkingDayCalendar.Replaceable(TestHall.Calendar), hall.Clock);

        var weekday = await calendar.AddDayAsync(2026, new CalendarDayChange(new DateOnly(2026, 3, 11), CalendarDayKind.ExtraWorkingDay, "调休"), "qian.lei", 0);
        var listed = await calendar.AddDayAsync(2026, new CalendarDayChange(new DateOnly(2026, 10, 2), CalendarDayKind.DayOff, "国庆节"), "qian.lei", 0);
        var unloaded = await calendar.AddDayAsync(2027, new CalendarDayChange(new DateOnly(2027, 1, 1), CalendarDayKind.DayOff, "元旦"), "qian.lei", 0);
        var unlisted = await calendar.RemoveDayAsync(2026, new DateOnly(2026, 3, 11), "qian.lei", 0);

        Assert.Equal("calendar.not-weekend", weekday.Error?.Code);
        Assert.Contains("周六或周日", weekday.Error!.MessageZh);
        Assert.Equal("calendar.listed", listed.Error?.Code);
        Assert.Contains("国庆节", listed.Error!.MessageZh);
        Assert.Equal("calendar.not-loaded", unloaded.Error?.Code);
        Assert.Equal("calendar.not-listed", unlisted.Error?.Code);
        Assert.Equal(0, (await calendar.YearAsync(2026)).Revision);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_new_year_is_started_from_its_notice_and_then_counts_its_holidays(string provider)
    {
        await using var hall = await TestHall.CreateAsync(provider);
        var calendar = new HallCalendar(hall.Contexts, WorkingDayCalendar.Replaceable(TestHall.Calendar), hall.Clock);
        Assert.True(calendar.Calendar.AddWorkingDays(new DateTimeOffset(2026, 12, 31, 9, 0, 0, HallTime.Offset), 1).Provisional);

        var created = await calendar.CreateYearAsync(2027, "国务院办公厅关于2027年部分节假日安排的通知", "qian.lei");
        var holiday = await calendar.AddDayAsync(2027, new CalendarDayChange(new DateOnly(2027, 1, 1), CalendarDayKind.DayOff, "元旦", "New Year's Day"), "qian.lei", created.Value);
        var again = await calendar.CreateYearAsync(2026, "重复", "qian.lei");

        Assert.True(holiday.Succeeded, holiday.Error?.ToString());
        var due = calendar.Calendar.AddWorkingDays(new DateTimeOffset(2026, 12, 31, 9, 0, 0, HallTime.Offset), 1);
        Assert.False(due.Provisional);
        Assert.Equal(new DateOnly(2027, 1, 4), Day(due)); // 1 January off, then the weekend
        Assert.Equal("calendar.year-exists", again.Error?.Code);
    }
}
