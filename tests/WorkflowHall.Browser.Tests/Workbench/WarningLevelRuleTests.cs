using WorkflowHall.Data.Records;
using WorkflowHall.Engine.Time;
using WorkflowHall.Web.Workbench;

namespace WorkflowHall.Browser.Tests.Workbench;

public class WarningLevelRuleTests
{
    private static readonly TimeSpan China = HallTime.Offset;
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.WeekendsOnly;

    /// <summary>The end of a China day, as a deadline is stored.</summary>
    private static DateTime EndOf(int month, int day) => new DateTimeOffset(2026, month, day, 23, 59, 59, China).UtcDateTime;

    private static DateTimeOffset At(int month, int day, int hour) => new(2026, month, day, hour, 0, 0, China);

    [Fact]
    public void A_step_with_days_to_spare_is_green()
    {
        // Thursday 3 December; due the end of Monday 7 December: two working days left.
        Assert.Equal(WarningLevel.Green, WarningLevelRule.Of(EndOf(12, 7), null, At(12, 3, 10), Calendar));
    }

    [Fact]
    public void One_working_day_left_is_yellow_and_the_weekend_does_not_count()
    {
        Assert.Equal(WarningLevel.Yellow, WarningLevelRule.Of(EndOf(12, 4), null, At(12, 3, 10), Calendar));
        // Friday, due Monday: only Monday is a working day left.
        Assert.Equal(WarningLevel.Yellow, WarningLevelRule.Of(EndOf(12, 7), null, At(12, 4, 10), Calendar));
        Assert.Equal(WarningLevel.Yellow, WarningLevelRule.Of(EndOf(12, 3), null, At(12, 3, 10), Calendar));
    }

    [Fact]
    public void A_passed_warning_time_is_yellow_even_with_days_to_spare()
    {
        var warning = At(12, 3, 9).UtcDateTime;
        Assert.Equal(WarningLevel.Yellow, WarningLevelRule.Of(EndOf(12, 18), warning, At(12, 3, 10), Calendar));
        Assert.Equal(WarningLevel.Green, WarningLevelRule.Of(EndOf(12, 18), warning, At(12, 3, 8), Calendar));
    }

    [Fact]
    public void A_passed_deadline_is_red()
    {
        Assert.Equal(WarningLevel.Red, WarningLevelRule.Of(EndOf(12, 3), At(12, 2, 9).UtcDateTime, At(12, 4, 0), Calendar));
    }

    [Fact]
    public void A_step_without_a_time_limit_stays_green()
    {
        Assert.Equal(WarningLevel.Green, WarningLevelRule.Of(WorkItemRecord.NoDueDate, null, At(12, 3, 10), Calendar));
        Assert.Equal(WarningLevel.Green, WarningLevelRule.Of(null, null, At(12, 3, 10), Calendar));
    }

    [Fact]
    public void Levels_are_the_hall_css_classes()
    {
        Assert.Equal("warning-red", WarningLevel.Red.CssClass());
        Assert.Equal("warning-yellow", WarningLevel.Yellow.CssClass());
        Assert.Equal("warning-green", WarningLevel.Green.CssClass());
    }
}
