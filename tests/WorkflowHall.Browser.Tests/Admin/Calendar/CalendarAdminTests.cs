using Microsoft.Extensions.DependencyInjection;
using WorkflowHall.Browser.Tests.Infrastructure;
using WorkflowHall.Engine.Time;
using static Microsoft.Playwright.Assertions;

namespace WorkflowHall.Browser.Tests.Admin.Calendar;

public sealed class CalendarAdminTests(BrowserFixture browser) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private readonly HallServer _hall = new();

    [Fact]
    public async Task A_holiday_added_on_a_working_day_takes_a_day_from_the_month_and_moves_the_deadline()
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsync(_hall, "qian.lei");
        // Monday 7 December 2026 plus one working day.
        await page.GotoAsync(_hall.Url("/admin/calendar?year=2026&from=2026-12-07&days=1"));
        await Expect(page.Locator("[data-testid=year-file]")).ToContainTextAsync("2026.json");
        await Expect(page.Locator("[data-testid=calc-due]")).ToHaveAttributeAsync("data-date", "2026-12-08");
        var december = page.Locator("[data-testid=month-working-days][data-month='12']");
        await Expect(december).ToHaveAttributeAsync("data-count", "23");
        await Expect(page.Locator("[data-testid=day][data-date='2026-10-01']")).ToHaveAttributeAsync("data-kind", "DayOff");
        await Expect(page.Locator("[data-testid=day][data-date='2026-10-10']")).ToHaveAttributeAsync("data-kind", "ExtraWorkingDay");
        await Expect(page.Locator("[data-testid=past-warning]")).ToContainTextAsync("会改变已经计算过的期限");

        await page.FillAsync("#day-date", "2026-12-08");
        await page.SelectOptionAsync("#day-kind", "DayOff");
        await page.FillAsync("#day-name", "防汛抢险停工日");
        await page.CheckAsync("#day-confirm"); // the day may already be past when the test runs
        await page.SubmitAsync("[data-testid=add-day-submit]");

        await Expect(page.Locator("[data-testid=calendar-changed]")).ToBeVisibleAsync();
        await Expect(december).ToHaveAttributeAsync("data-count", "22");
        await Expect(page.Locator("[data-testid=calc-due]")).ToHaveAttributeAsync("data-date", "2026-12-09");
        await Expect(page.Locator("[data-testid=day][data-date='2026-12-08']")).ToHaveAttributeAsync("data-kind", "DayOff");
        await Expect(page.Locator("[data-testid=year-edited]")).ToContainTextAsync("qian.lei");
        await page.ScreenshotAsync("admin-calendar");
        // The running hall counts by it: every service holds the same calendar.
        var calendar = _hall.Services.GetRequiredService<WorkingDayCalendar>();
        Assert.False(calendar.IsWorkingDay(new DateOnly(2026, 12, 8)));

        // Taken out again, the day works again.
        await page.CheckAsync("#remove-confirm");
        await page.SubmitAsync("[data-testid=listed-day][data-date='2026-12-08'] [data-testid=remove-day]");
        await Expect(december).ToHaveAttributeAsync("data-count", "23");
        Assert.True(calendar.IsWorkingDay(new DateOnly(2026, 12, 8)));
    }

    [Fact]
    public async Task An_extra_working_day_on_a_weekday_is_refused_at_the_date()
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsync(_hall, "qian.lei");
        await page.GotoAsync(_hall.Url("/admin/calendar?year=2026"));

        await page.FillAsync("#day-date", "2026-12-09");
        await page.SelectOptionAsync("#day-kind", "ExtraWorkingDay");
        await page.FillAsync("#day-name", "调休");
        await page.CheckAsync("#day-confirm");
        await page.SubmitAsync("[data-testid=add-day-submit]");

        await Expect(page.Locator("[data-testid=error-date]")).ToContainTextAsync("调休上班日只能是周六或周日");
        Assert.Equal(0, await page.Locator("[data-testid=year-edited]").CountAsync());
    }

    [Fact]
    public async Task A_year_without_a_calendar_says_it_counts_weekends_only_and_can_be_started()
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsync(_hall, "qian.lei");
        await page.GotoAsync(_hall.Url("/admin/calendar?year=2027&from=2026-12-31&days=1"));
        await Expect(page.Locator("[data-testid=year-not-loaded]")).ToContainTextAsync("只按周末计算");

        await page.FillAsync("#year-source", "国务院办公厅关于2027年部分节假日安排的通知");
        await page.SubmitAsync("[data-testid=create-year]");
        await page.FillAsync("#day-date", "2027-01-01");
        await page.FillAsync("#day-name", "元旦");
        await page.CheckAsync("#day-confirm");
        await page.SubmitAsync("[data-testid=add-day-submit]");

        await Expect(page.Locator("[data-testid=year-source]")).ToContainTextAsync("国务院办公厅关于2027年部分节假日安排的通知");
        await page.GotoAsync(_hall.Url("/admin/calendar?year=2027&from=2026-12-31&days=1"));
        await Expect(page.Locator("[data-testid=calc-due]")).ToHaveAttributeAsync("data-date", "2027-01-04");
        Assert.Equal(0, await page.Locator("[data-testid=calc-result] .badge").CountAsync());
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _hall.DisposeAsync();
}
