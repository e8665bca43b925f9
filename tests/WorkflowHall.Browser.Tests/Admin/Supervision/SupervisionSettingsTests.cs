using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkflowHall.Browser.Tests.Infrastructure;
using WorkflowHall.Data;
using WorkflowHall.Data.Supervision;
using static Microsoft.Playwright.Assertions;

namespace WorkflowHall.Browser.Tests.Admin.Supervision;

public sealed class SupervisionSettingsTests(BrowserFixture browser) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private readonly HallServer _hall = new();

    [Fact]
    public async Task Changed_settings_are_shown_in_force_and_are_what_the_sweep_reads()
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsync(_hall, "qian.lei");
        await page.GotoAsync(_hall.Url("/admin/supervision"));
        await Expect(page.Locator("[data-testid=current-warning-days]")).ToHaveTextAsync("1 个工作日");
        await Expect(page.Locator("[data-testid=current-post]")).ToHaveTextAsync("supervision");
        await Expect(page.Locator("[data-testid=scheduler-off]")).ToBeVisibleAsync(); // the test hall runs without the scheduler

        await page.FillAsync("#warning-days", "3");
        await page.SelectOptionAsync("#supervising-post", "leader-approval");
        await page.FillAsync("#sweep-interval", "60");
        await page.SubmitAsync("[data-testid=save-settings]");

        await Expect(page.Locator("[data-testid=settings-saved]")).ToBeVisibleAsync();
        await Expect(page.Locator("[data-testid=current-warning-days]")).ToHaveTextAsync("3 个工作日");
        await Expect(page.Locator("[data-testid=current-post]")).ToHaveTextAsync("leader-approval");
        await Expect(page.Locator("[data-testid=current-interval]")).ToHaveTextAsync("60 秒");
        await Expect(page.Locator("[data-testid=settings-saved-by]")).ToContainTextAsync("qian.lei");
        await page.ScreenshotAsync("admin-supervision");
        var options = _hall.Services.GetRequiredService<SupervisionOptions>();
        Assert.Equal((3, "leader-approval", TimeSpan.FromMinutes(1)), (options.CaseWarningWorkingDays, options.SupervisingPost, options.SweepInterval));
        await using var db = await _hall.Services.GetRequiredService<IDbContextFactory<HallDbContext>>().CreateDbContextAsync();
        Assert.Contains("leader-approval", (await db.HallSettings.SingleAsync()).Json);
    }

    [Fact]
    public async Task A_warning_too_far_ahead_is_refused_at_the_field_and_nothing_changes()
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsync(_hall, "qian.lei");
        await page.GotoAsync(_hall.Url("/admin/supervision"));

        await page.EvaluateAsync("document.getElementById('warning-days').removeAttribute('max')");
        await page.FillAsync("#warning-days", "15");
        await page.SubmitAsync("[data-testid=save-settings]");

        await Expect(page.Locator("[data-testid=error-CaseWarningWorkingDays]")).ToHaveTextAsync("预警提前量应为 0–10 个工作日");
        await Expect(page.Locator("[data-testid=current-warning-days]")).ToHaveTextAsync("1 个工作日");
        Assert.Equal(1, _hall.Services.GetRequiredService<SupervisionOptions>().CaseWarningWorkingDays);
    }

    [Fact]
    public async Task A_new_sweep_interval_reschedules_the_shared_trigger_without_a_restart()
    {
        await using var hall = new HallServer { Settings = { ["Scheduler:Enabled"] = "true" } };
        var page = await browser.NewPageAsync();
        await page.SignInAsync(hall, "qian.lei");
        var scheduler = await hall.Services.GetRequiredService<Quartz.ISchedulerFactory>().GetScheduler();
        var key = new Quartz.TriggerKey("supervision-sweep", "hall");
        for (var tries = 0; await scheduler.GetTrigger(key) is null && tries < 100; tries++) await Task.Delay(100); // scheduled once the host has started
        await page.GotoAsync(hall.Url("/admin/supervision"));
        Assert.Equal(0, await page.Locator("[data-testid=scheduler-off]").CountAsync());
        await Expect(page.Locator("[data-testid=scheduled-interval]")).ToContainTextAsync("5 秒");

        await page.FillAsync("#sweep-interval", "120");
        await page.SubmitAsync("[data-testid=save-settings]");

        await Expect(page.Locator("[data-testid=scheduled-interval]")).ToContainTextAsync("120 秒");
        var trigger = (Quartz.ISimpleTrigger)(await scheduler.GetTrigger(key))!;
        Assert.Equal(TimeSpan.FromMinutes(2), trigger.RepeatInterval);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _hall.DisposeAsync();
}
