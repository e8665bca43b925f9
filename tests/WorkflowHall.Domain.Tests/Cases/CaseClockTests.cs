using WorkflowHall.Domain.Cases;
using WorkflowHall.Engine.Execution;
using static WorkflowHall.Domain.Tests.Calendars;

namespace WorkflowHall.Domain.Tests.Cases;

public class CaseClockTests
{
    /// <summary>20 working days from acceptance, around the 2026 holidays (DOMAIN.md §9), counted by hand.</summary>
    [Theory]
    // Accepted Fri 2026-09-18: Sep 20 Sun is a make-up working day (1), Sep 21–24 (5), Sep 25–27 中秋 off,
    // Sep 28–30 (8), Oct 1–7 国庆 off, Oct 8–9 (10), Oct 10 Sat make-up (11), Oct 12–16 (16), Oct 19–22 (20).
    [InlineData(2026, 9, 18, 2026, 10, 22)]
    // Accepted Thu 2026-04-30: May 1–5 劳动节 off, May 6–8 (3), May 9 Sat make-up (4), May 11–15 (9), 18–22 (14), 25–29 (19), Jun 1 (20).
    [InlineData(2026, 4, 30, 2026, 6, 1)]
    // Accepted Fri 2026-02-13: Feb 14 Sat make-up (1), Feb 15–23 春节 off, Feb 24–27 (5), Feb 28 Sat make-up (6), Mar 2–6 (11), 9–13 (16), 16–19 (20).
    [InlineData(2026, 2, 13, 2026, 3, 19)]
    // Accepted Wed 2026-12-30 (runs into 2027, weekends only and provisional): Dec 31 (1), Jan 1 Fri (2) … Jan 27 (20).
    [InlineData(2026, 12, 30, 2027, 1, 27)]
    public void Twenty_working_days_from_acceptance_skip_holidays_and_count_make_up_days(int y, int m, int d, int dy, int dm, int dd)
    {
        var deadline = CaseClock.Compute(China(y, m, d), 20, 10, 0, [], Loaded, China(y, m, d));
        Assert.Equal(EndOfDay(dy, dm, dd), deadline.StatutoryDue);
        Assert.Equal(dy == 2027, deadline.Provisional);
    }

    [Fact]
    public void A_special_procedure_after_acceptance_stops_the_clock_and_moves_both_due_dates()
    {
        // Accepted Tue 2026-12-01; 20 WD → Tue 2026-12-29; promised 10 WD → Tue 2026-12-15.
        var accepted = China(2026, 12, 1);
        var hearing = new ClockPause(China(2026, 12, 3), ClockPauseKind.SpecialProcedure, "听证") { To = China(2026, 12, 9) };

        var deadline = CaseClock.Compute(accepted, 20, 10, 0, [hearing], Loaded, China(2026, 12, 10));

        // The hearing covered Fri 12-04, Mon 12-07, Tue 12-08, Wed 12-09: four working days.
        Assert.Equal(EndOfDay(2026, 12, 21), deadline.PromisedDue);
        Assert.Equal(EndOfDay(2027, 1, 4), deadline.StatutoryDue);
        // Used: Dec 2, 3 and 10 (Dec 4–9 stood still).
        Assert.Equal(3, deadline.WorkingDaysUsed);
        Assert.Equal(17, deadline.StatutoryDaysRemaining);
        Assert.False(deadline.ClockStopped);
    }

    [Fact]
    public void A_supplement_before_acceptance_does_not_count_and_an_open_pause_freezes_the_clock()
    {
        var accepted = China(2026, 12, 1);
        var before = new ClockPause(China(2026, 11, 20), ClockPauseKind.Supplement, "补正") { To = China(2026, 11, 30) };
        var open = new ClockPause(China(2026, 12, 2), ClockPauseKind.SpecialProcedure, "专家评审");

        var deadline = CaseClock.Compute(accepted, 20, 10, 0, [before, open], Loaded, China(2026, 12, 4));

        Assert.True(deadline.ClockStopped);
        Assert.Equal(1, deadline.WorkingDaysUsed);
    }

    [Fact]
    public void An_extension_adds_its_days_to_both_limits()
    {
        var deadline = CaseClock.Compute(China(2026, 12, 1), 20, 10, 10, [], Loaded, China(2026, 12, 1));
        Assert.Equal(EndOfDay(2027, 1, 12), deadline.StatutoryDue);
        Assert.Equal(30, deadline.StatutoryDaysRemaining);
    }

    [Fact]
    public void Days_past_the_limit_show_as_negative_remaining_days()
    {
        var deadline = CaseClock.Compute(China(2026, 6, 1), 5, 3, 0, [], Loaded, China(2026, 6, 10));
        // Jun 2,3,4,5,8,9,10 = 7 working days used.
        Assert.Equal(7, deadline.WorkingDaysUsed);
        Assert.True(deadline.StatutoryOverdue);
        Assert.Equal(-2, deadline.StatutoryDaysRemaining);
    }
}
