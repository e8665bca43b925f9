using Microsoft.Playwright;

namespace WorkflowHall.Browser.Tests.Infrastructure;

/// <summary>What every page test does: sign in as a demo user, and keep a screenshot for reviewers.</summary>
public static class HallPages
{
    /// <summary>Where screenshots go: <c>artifacts/screenshots/</c> at the repository root (named in the README).</summary>
    public static string ScreenshotFolder { get; } = Checkout.Combine("artifacts", "screenshots");

    public static async Task SignInAsync(this IPage page, HallServer hall, string userName, string password = HallServer.DemoPassword)
    {
        await page.GotoAsync(hall.Url("/account/login"));
        await page.FillAsync("#username", userName);
        await page.FillAsync("#password", password);
        await page.SubmitAsync("form button[type=submit]");
    }

    /// <summary>Clicks a submit button and waits until the page it leads to (after any redirects) has loaded.</summary>
    public static async Task SubmitAsync(this IPage page, string selector) =>
        await page.RunAndWaitForNavigationAsync(() => page.ClickAsync(selector), new PageRunAndWaitForNavigationOptions { WaitUntil = WaitUntilState.Load });

    public static async Task SignOutAsync(this IPage page)
    {
        await page.SubmitAsync("form[action='/account/logout'] button");
    }

    /// <summary>A full-page PNG named after what it shows, e.g. <c>portal-guide</c>.</summary>
    public static async Task ScreenshotAsync(this IPage page, string name)
    {
        Directory.CreateDirectory(ScreenshotFolder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, name + ".png"), FullPage = true });
    }
}
