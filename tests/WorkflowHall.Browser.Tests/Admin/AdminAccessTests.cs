using WorkflowHall.Browser.Tests.Infrastructure;

namespace WorkflowHall.Browser.Tests.Admin;

/// <summary>Only administrators open the administration pages: everyone else is answered 403, and a visitor is sent to sign in.</summary>
public sealed class AdminAccessTests(BrowserFixture browser) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private static readonly string[] Pages =
    [
        "/admin/matters",
        "/admin/matters/11341602003060412P4000100361000",
        "/admin/organisation",
        "/admin/organisation/units/bz-qc-forestry",
        "/admin/organisation/people",
        "/admin/organisation/people?applicants=true",
        "/admin/calendar",
        "/admin/supervision",
        "/admin/incidents",
    ];

    private readonly HallServer _hall = new();

    [Fact]
    public async Task Anyone_but_an_administrator_gets_403_on_every_administration_page()
    {
        // A clerk, an auditor, an applicant and a village agent.
        foreach (var userName in new[] { "wang.fang", "feng.xue", "liu.weidong", "wang.xiulan" })
        {
            var page = await browser.NewPageAsync();
            await page.SignInAsync(_hall, userName);
            foreach (var path in Pages)
            {
                var response = await page.GotoAsync(_hall.Url(path));
                Assert.True(response!.Status == 403, $"{userName} on {path}: {response.Status}");
                Assert.Equal("您的账号没有打开此页面的权限。", (await page.TextContentAsync("[data-testid=access-denied]"))?.Trim());
            }
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task A_visitor_is_sent_to_sign_in_and_the_administrator_gets_every_page()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(_hall.Url("/admin/calendar"));
        Assert.Contains("/account/login", page.Url);

        await page.SignInAsync(_hall, "qian.lei");
        foreach (var path in Pages)
        {
            var response = await page.GotoAsync(_hall.Url(path));
            Assert.True(response!.Status == 200, $"qian.lei on {path}: {response.Status}");
        }

        // And reads them in English when he chooses it.
        await page.GotoAsync(_hall.Url("/culture/en?returnUrl=/admin/matters"));
        Assert.Equal("Matters and service guides", (await page.TextContentAsync("h1"))?.Trim());
        await page.GotoAsync(_hall.Url("/admin/organisation"));
        Assert.Equal("Organisation", (await page.TextContentAsync("h1"))?.Trim());
        await page.GotoAsync(_hall.Url("/admin/calendar?year=2026"));
        Assert.Equal("Holiday arrangement for 2026", (await page.TextContentAsync("h1"))?.Trim());
        await page.GotoAsync(_hall.Url("/admin/supervision"));
        Assert.Equal("Supervision settings", (await page.TextContentAsync("h1"))?.Trim());
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _hall.DisposeAsync();
}
