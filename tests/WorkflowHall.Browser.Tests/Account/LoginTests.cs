using Microsoft.Playwright;
using WorkflowHall.Browser.Tests.Infrastructure;

namespace WorkflowHall.Browser.Tests.Account;

public sealed class LoginTests(BrowserFixture browser) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private readonly HallServer _hall = new();

    [Fact]
    public async Task A_clerk_signs_in_and_sees_their_name_then_signs_out()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(_hall.Url("/account/login"));
        await page.ScreenshotAsync("account-login");

        await page.SignInAsync(_hall, "zhou.min");
        await page.GotoAsync(_hall.Url("/"));
        Assert.Equal("周敏", (await page.TextContentAsync("[data-testid=signed-in-as]"))?.Trim());

        await page.SignOutAsync();
        Assert.Equal(0, await page.Locator("[data-testid=signed-in-as]").CountAsync());
    }

    [Fact]
    public async Task A_wrong_password_is_refused_and_the_fifth_failure_locks_the_account()
    {
        var page = await browser.NewPageAsync();
        for (var attempt = 1; attempt <= 4; attempt++)
        {
            await page.SignInAsync(_hall, "zhou.min", "Wrong@2026");
            Assert.Contains("用户名或密码错误", await page.TextContentAsync("[data-testid=login-error]"));
        }
        await page.SignInAsync(_hall, "zhou.min", "Wrong@2026");
        Assert.Contains("用户名或密码错误", await page.TextContentAsync("[data-testid=login-error]"));

        // Locked: even the right password is refused now, in the words of a wrong one (a lockout must not tell that the account exists).
        await page.SignInAsync(_hall, "zhou.min");
        Assert.Contains("用户名或密码错误", await page.TextContentAsync("[data-testid=login-error]"));
        Assert.Contains("/account/login", page.Url);
    }

    [Fact]
    public async Task A_protected_page_sends_an_anonymous_visitor_to_the_login_page_and_back_after_signing_in()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(_hall.Url("/account/home"));
        Assert.Contains("/account/login", page.Url);
    }

    [Fact]
    public async Task The_language_switch_shows_the_page_in_English()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(_hall.Url("/account/login"));
        await page.ClickAsync("[data-testid=language-switch]");
        Assert.Equal("Sign in", (await page.TextContentAsync("h1"))?.Trim());
        Assert.Equal("en", await page.GetAttributeAsync("html", "lang"));
    }

    public Task InitializeAsync() => Task.CompletedTask;
    public async Task DisposeAsync() => await _hall.DisposeAsync();
}
