using Microsoft.Playwright;

namespace WorkflowHall.Browser.Tests.Infrastructure;

/// <summary>
/// A headless Debian Chromium (no browser download: Playwright drives the system's <c>/usr/bin/chromium</c>,
/// which <c>.ci/run</c> installs), one per test class (<c>IClassFixture&lt;BrowserFixture&gt;</c>), so the classes
/// run side by side as collections of their own; each test gets a fresh context, so cookies never leak between users.
/// A class shares nothing else with another: its <see cref="HallServer"/> has its own port, database and folder.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;
    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"{ChromiumPath} is missing: install Debian's chromium (apt-get install chromium); .ci/run does so.");
        }
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>A new browser context (own cookies) with one page, desktop width unless told otherwise, in Chinese.</summary>
    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900, string locale = "zh-CN")
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = locale,
            AcceptDownloads = true,
        });
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
    }
}
