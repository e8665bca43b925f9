using WorkflowHall.Engine.Bpmn;
using WorkflowHall.Engine.Time;

namespace WorkflowHall.Engine.Tests.Time;

// Expected dates are worked out by hand from the 2026 notice (DOMAIN.md §9), not by the code under test.
public class TimeLimitCalculatorTests
{
    private static readonly TimeSpan China = HallTime.Offset;
    private static readonly WorkingDayCalendar Calendar = RepositoryCalendars.China;

    private static DateTimeOffset At(int year, int month, int day, int hour = 10, int minute = 0) => new(year, month, day, hour, minute, 0, China);
    private static DateTimeOffset EndOf(int year, int month, int day) => new(year, month, day, 23, 59, 59, China);
    private static TimeLimit WorkingDays(decimal n) => new(n, TimeLimitUnit.WorkingDays);
    private static TimeLimit NaturalDays(decimal n) => new(n, TimeLimitUnit.NaturalDays);
    private static TimeLimit Hours(decimal n) => new(n, TimeLimitUnit.Hours);

    [Fact]
    public void Twenty_working_days_from_a_Friday_in_September_skip_Mid_Autumn_and_National_Day_but_count_the_make_up_days()
    {
        // After Fri 18 Sep: Sun 20 Sep (调休) 1, 21–24 Sep 2–5, [25–27 中秋], 28–30 Sep 6–8, [1–7 Oct 国庆],
        // 8–9 Oct 9–10, Sat 10 Oct (调休) 11, 12–16 Oct 12–16, 19–22 Oct 17–20.
        var due = TimeLimitCalculator.Due(At(2026, 9, 18), WorkingDays(20), Calendar);

        Assert.Equal(new DueDate(EndOf(2026, 10, 22), false), due);
        Assert.Equal(China, due.At.Offset);
    }

    [Fact]
    public void Without_a_holiday_calendar_the_same_limit_counts_weekends_only_and_is_provisional()
    {
        // 21–25 Sep, 28 Sep–2 Oct, 5–9 Oct, 12–16 Oct.
        var due = TimeLimitCalculator.Due(At(2026, 9, 18), WorkingDays(20), WorkingDayCalendar.WeekendsOnly);

        Assert.Equal(new DueDate(EndOf(2026, 10, 16), true), due);
    }

    [Fact]
    public void Five_working_days_from_the_eve_of_Labour_Day_skip_the_holiday_and_count_the_Saturday_worked_in_lieu()
    {
        // After Thu 30 Apr: [1–5 May 劳动节], 6 May 1, 7 May 2, 8 May 3, Sat 9 May (调休) 4, Mon 11 May 5.
        Assert.Equal(new DueDate(EndOf(2026, 5, 11), false), TimeLimitCalculator.Due(At(2026, 4, 30), WorkingDays(5), Calendar));
    }

    [Fact]
    public void A_limit_that_ends_by_New_Years_Eve_is_firm()
    {
        // After Thu 24 Dec: 25, 28, 29, 30, 31 Dec.
        Assert.Equal(new DueDate(EndOf(2026, 12, 31), false), TimeLimitCalculator.Due(At(2026, 12, 24), WorkingDays(5), Calendar));
    }

    [Fact]
    public void A_limit_running_into_a_year_not_loaded_is_provisional()
    {
        // 25, 28–31 Dec are 1–5; 2027 has no notice yet, so Fri 1 Jan counts as 6, then 4–7 Jan.
        Assert.Equal(new DueDate(EndOf(2027, 1, 7), true), TimeLimitCalculator.Due(At(2026, 12, 24), WorkingDays(10), Calendar));
    }

    [Fact]
    public void The_start_day_is_the_China_date_of_the_start()
    {
        var lateTuesdayInChina = new DateTimeOffset(2026, 9, 29, 15, 30, 0, TimeSpan.Zero); // 29 Sep 23:30 in China
        var earlyWednesdayInChina = new DateTimeOffset(2026, 9, 29, 16, 30, 0, TimeSpan.Zero); // 30 Sep 00:30 in China

        Assert.Equal(EndOf(2026, 9, 30), TimeLimitCalculator.Due(lateTuesdayInChina, WorkingDays(1), Calendar).At);
        Assert.Equal(EndOf(2026, 10, 8), TimeLimitCalculator.Due(earlyWednesdayInChina, WorkingDays(1), Calendar).At);
    }

    [Fact]
    public void An_instant_late_on_31_December_UTC_already_starts_in_2027_in_China()
    {
        var start = new DateTimeOffset(2026, 12, 31, 17, 0, 0, TimeSpan.Zero); // 1 Jan 2027 01:00 in China

        Assert.Equal(new DueDate(EndOf(2027, 1, 4), true), TimeLimitCalculator.Due(start, WorkingDays(1), Calendar));
    }

    [Fact]
    public void Zero_working_days_end_with_the_start_day()
    {
        Assert.Equal(new DueDate(EndOf(2026, 3, 2), false), TimeLimitCalculator.Due(At(2026, 3, 2), WorkingDays(0), Calendar));
    }

    [Fact]
    public void Natural_days_that_end_on_a_holiday_run_on_to_the_first_working_day_after_it()
    {
        // Mon 21 Sep + 10 days = Thu 1 Oct, inside 国庆 (1–7 Oct); the next working day is Thu 8 Oct.
        Assert.Equal(new DueDate(EndOf(2026, 10, 8), false), TimeLimitCalculator.Due(At(2026, 9, 21), NaturalDays(10), Calendar));
    }

    [Fact]
    public void Natural_days_that_end_on_a_weekend_run_on_to_Monday()
    {
        // Mon 2 Mar + 5 days = Sat 7 Mar.
        Assert.Equal(new DueDate(EndOf(2026, 3, 9), false), TimeLimitCalculator.Due(At(2026, 3, 2), NaturalDays(5), Calendar));
    }

    [Fact]
    public void Natural_days_that_end_on_a_Saturday_worked_in_lieu_end_that_day()
    {
        // Mon 9 Feb + 5 days = Sat 14 Feb, a 春节 调休 working day.
        Assert.Equal(new DueDate(EndOf(2026, 2, 14), false), TimeLimitCalculator.Due(At(2026, 2, 9), NaturalDays(5), Calendar));
    }

    [Fact]
    public void Natural_days_ending_on_an_ordinary_working_day_end_that_day()
    {
        Assert.Equal(new DueDate(EndOf(2026, 3, 5), false), TimeLimitCalculator.Due(At(2026, 3, 2), NaturalDays(3), Calendar));
    }

    [Fact]
    public void Natural_days_are_provisional_only_when_their_last_day_is_in_a_year_not_loaded()
    {
        Assert.Equal(new DueDate(EndOf(2026, 12, 30), false), TimeLimitCalculator.Due(At(2026, 12, 20), NaturalDays(10), Calendar));
        Assert.Equal(new DueDate(EndOf(2027, 1, 5), true), TimeLimitCalculator.Due(At(2026, 12, 26), NaturalDays(10), Calendar));
    }

    [Fact]
    public void Hours_are_counted_exactly_and_ignore_holidays()
    {
        Assert.Equal(new DueDate(At(2026, 10, 1, 14), false), TimeLimitCalculator.Due(At(2026, 10, 1, 10), Hours(4), Calendar));

        var due = TimeLimitCalculator.Due(new DateTimeOffset(2026, 12, 31, 23, 45, 0, TimeSpan.Zero), Hours(0.5m), Calendar);

        Assert.Equal(new DueDate(new DateTimeOffset(2027, 1, 1, 8, 15, 0, China), false), due);
        Assert.Equal(China, due.At.Offset);
    }

    [Theory]
    [InlineData(2.5, TimeLimitUnit.WorkingDays)]
    [InlineData(0.5, TimeLimitUnit.NaturalDays)]
    [InlineData(-1, TimeLimitUnit.WorkingDays)]
    [InlineData(-1, TimeLimitUnit.Hours)]
    public void Fractional_days_and_negative_limits_are_refused(double amount, TimeLimitUnit unit)
    {
        Assert.ThrowsAny<ArgumentException>(() => TimeLimitCalculator.Due(At(2026, 3, 2), new TimeLimit((decimal)amount, unit), Calendar));
    }

    [Fact]
    public void By_default_a_working_day_limit_warns_at_the_end_of_the_day_before_its_last()
    {
        Assert.Equal(new DueDate(EndOf(2026, 10, 21), false), TimeLimitCalculator.WarningAt(At(2026, 9, 18), WorkingDays(20), null, Calendar));
    }

    [Fact]
    public void A_warning_some_working_days_before_counts_back_in_working_days()
    {
        // 15th working day after 18 Sep is Thu 15 Oct.
        var warning = TimeLimitCalculator.WarningAt(At(2026, 9, 18), WorkingDays(20), new WarningThreshold(5, null), Calendar);

        Assert.Equal(new DueDate(EndOf(2026, 10, 15), false), warning);
    }

    [Fact]
    public void A_warning_at_a_share_used_rounds_working_days_down()
    {
        // 80% of 20 = 16th working day: Fri 16 Oct. 75% of 5 = 3.75 → 3rd working day after 30 Apr: Fri 8 May.
        Assert.Equal(new DueDate(EndOf(2026, 10, 16), false),
            TimeLimitCalculator.WarningAt(At(2026, 9, 18), WorkingDays(20), new WarningThreshold(null, 0.8m), Calendar));
        Assert.Equal(new DueDate(EndOf(2026, 5, 8), false),
            TimeLimitCalculator.WarningAt(At(2026, 4, 30), WorkingDays(5), new WarningThreshold(null, 0.75m), Calendar));
    }

    [Fact]
    public void A_warning_with_nothing_left_to_count_is_due_at_the_start()
    {
        var start = At(2026, 9, 18);

        Assert.Equal(new DueDate(start, false), TimeLimitCalculator.WarningAt(start, WorkingDays(20), new WarningThreshold(null, 0.01m), Calendar));
        Assert.Equal(new DueDate(start, false), TimeLimitCalculator.WarningAt(start, WorkingDays(20), new WarningThreshold(25, null), Calendar));
        Assert.Equal(new DueDate(start, false), TimeLimitCalculator.WarningAt(start, WorkingDays(1), null, Calendar));
    }

    [Fact]
    public void With_both_thresholds_the_earlier_warning_wins()
    {
        // 2 before 20 = 18th working day (Tue 20 Oct); half of 20 = 10th (Fri 9 Oct).
        var warning = TimeLimitCalculator.WarningAt(At(2026, 9, 18), WorkingDays(20), new WarningThreshold(2, 0.5m), Calendar);

        Assert.Equal(new DueDate(EndOf(2026, 10, 9), false), warning);
    }

    [Fact]
    public void A_warning_counted_into_a_year_not_loaded_is_provisional()
    {
        // Due 7 Jan 2027 (provisional); one working day before is Wed 6 Jan.
        Assert.Equal(new DueDate(EndOf(2027, 1, 6), true), TimeLimitCalculator.WarningAt(At(2026, 12, 24), WorkingDays(10), null, Calendar));
    }

    [Fact]
    public void Natural_day_warnings_count_calendar_days()
    {
        // 10 natural days from Mon 2 Mar end Thu 12 Mar; the default warning is a day earlier. Half is Sat 7 Mar.
        Assert.Equal(new DueDate(EndOf(2026, 3, 11), false), TimeLimitCalculator.WarningAt(At(2026, 3, 2), NaturalDays(10), null, Calendar));
        Assert.Equal(new DueDate(EndOf(2026, 3, 7), false),
            TimeLimitCalculator.WarningAt(At(2026, 3, 2), NaturalDays(10), new WarningThreshold(null, 0.5m), Calendar));
    }

    [Fact]
    public void Hour_warnings_default_to_the_last_fifth_of_the_limit()
    {
        var start = At(2026, 3, 2, 8);

        Assert.Equal(new DueDate(At(2026, 3, 2, 16), false), TimeLimitCalculator.WarningAt(start, Hours(10), null, Calendar));
        Assert.Equal(new DueDate(At(2026, 3, 2, 17), false), TimeLimitCalculator.WarningAt(start, Hours(10), new WarningThreshold(1, null), Calendar));
        Assert.Equal(new DueDate(At(2026, 3, 2, 13), false), TimeLimitCalculator.WarningAt(start, Hours(10), new WarningThreshold(null, 0.5m), Calendar));
    }

    [Fact]
    public void A_share_outside_zero_to_one_is_refused()
    {
        Assert.ThrowsAny<ArgumentException>(() =>
            TimeLimitCalculator.WarningAt(At(2026, 3, 2), WorkingDays(20), new WarningThreshold(null, 1.5m), Calendar));
    }

    [Fact]
    public void A_pause_moves_a_working_day_deadline_by_the_working_days_it_covered()
    {
        // Paused Thu 24 Sep, resumed Tue 29 Sep: [25–27 中秋], Mon 28, Tue 29 → 2 working days.
        // From Thu 22 Oct: Fri 23 Oct, Mon 26 Oct.
        var shifted = TimeLimitCalculator.ShiftForPause(EndOf(2026, 10, 22), At(2026, 9, 24), At(2026, 9, 29, 16), TimeLimitUnit.WorkingDays, Calendar);

        Assert.Equal(new DueDate(EndOf(2026, 10, 26), false), shifted);
    }

    [Fact]
    public void A_pause_over_holidays_only_does_not_move_a_working_day_deadline()
    {
        var due = EndOf(2026, 10, 22);

        Assert.Equal(new DueDate(due, false),
            TimeLimitCalculator.ShiftForPause(due, At(2026, 9, 30, 17), At(2026, 10, 7, 9), TimeLimitUnit.WorkingDays, Calendar));
        Assert.Equal(new DueDate(due, false),
            TimeLimitCalculator.ShiftForPause(due, At(2026, 9, 24, 9), At(2026, 9, 24, 17), TimeLimitUnit.WorkingDays, Calendar));
    }

    [Fact]
    public void A_pause_that_pushes_a_deadline_into_a_year_not_loaded_makes_it_provisional()
    {
        // Paused Mon 21 Dec, resumed Wed 23 Dec → 2 working days; from Wed 30 Dec: Thu 31 Dec, Fri 1 Jan 2027.
        var shifted = TimeLimitCalculator.ShiftForPause(EndOf(2026, 12, 30), At(2026, 12, 21), At(2026, 12, 23), TimeLimitUnit.WorkingDays, Calendar);

        Assert.Equal(new DueDate(EndOf(2027, 1, 1), true), shifted);
    }

    [Fact]
    public void A_pause_moves_a_natural_day_deadline_by_whole_days_and_off_any_day_off()
    {
        // 3 Mar → 6 Mar is 3 days; Thu 12 Mar + 3 = Sun 15 Mar → Mon 16 Mar.
        var shifted = TimeLimitCalculator.ShiftForPause(EndOf(2026, 3, 12), At(2026, 3, 3, 9), At(2026, 3, 6, 15), TimeLimitUnit.NaturalDays, Calendar);

        Assert.Equal(new DueDate(EndOf(2026, 3, 16), false), shifted);
    }

    [Fact]
    public void A_pause_moves_an_hour_deadline_by_the_exact_time_elapsed()
    {
        var shifted = TimeLimitCalculator.ShiftForPause(At(2026, 3, 2, 18), At(2026, 3, 2, 10), At(2026, 3, 2, 11, 30), TimeLimitUnit.Hours, Calendar);

        Assert.Equal(new DueDate(At(2026, 3, 2, 19, 30), false), shifted);
    }

    [Fact]
    public void A_pause_cannot_end_before_it_starts()
    {
        Assert.Throws<ArgumentException>(() =>
            TimeLimitCalculator.ShiftForPause(EndOf(2026, 3, 12), At(2026, 3, 6), At(2026, 3, 3), TimeLimitUnit.WorkingDays, Calendar));
    }
}
