using WorkflowHall.Browser.Tests.Infrastructure;

namespace WorkflowHall.Browser.Tests.Portal.Public;

public sealed class TrackingTests(BrowserFixture browser) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private readonly HallServer _hall = new();

    [Fact]
    public async Task Anyone_with_the_case_number_sees_the_matter_status_and_step_and_nothing_about_the_applicant()
    {
        var cases = new PublicCases(_hall);
        var applied = await cases.ApplyAsync();
        await cases.AcceptAsync(applied);

        var page = await browser.NewPageAsync();
        await page.GotoAsync(_hall.Url("/track"));
        await page.FillAsync("#number", applied.CaseNumber);
        await page.SubmitAsync("[data-testid=track-submit]");

        Assert.Equal("森林防火期内在森林防火区野外用火审批", (await page.TextContentAsync("[data-testid=track-matter]"))?.Trim());
        Assert.Equal("已受理", (await page.TextContentAsync("[data-testid=track-status]"))?.Trim());
        Assert.Equal("审核", (await page.TextContentAsync("[data-testid=track-steps]"))?.Trim());
        var content = await page.ContentAsync();
        Assert.DoesNotContain(PublicCases.ApplicantName, content);
        Assert.DoesNotContain(PublicCases.ApplicantNumber, content);
        Assert.DoesNotContain(PublicCases.ApplicantNumber[^4..], content);
        Assert.DoesNotContain(PublicCases.ApplicantPhone, content);
        Assert.DoesNotContain(PublicCases.ApplicantPhone[^4..], content);
        Assert.DoesNotContain("野外用火申请表", content);
        await page.ScreenshotAsync("portal-track");
    }

    [Fact]
    public async Task An_unknown_number_gets_a_clear_message()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(_hall.Url("/track?number=" + PublicCases.FireMatter + "202601019999"));

        Assert.Contains("未找到办件编号为", await page.TextContentAsync("[data-testid=track-not-found]"));
        Assert.Equal(0, await page.Locator("[data-testid=track-result]").CountAsync());
    }

    [Fact]
    public async Task Lookups_beyond_the_limit_per_minute_from_one_address_are_refused()
    {
        await using var limited = new HallServer();
        limited.Settings["Accounts:TrackingLookupsPerMinute"] = "2";
        var page = await browser.NewPageAsync();

        for (var lookup = 1; lookup <= 2; lookup++)
        {
            var allowed = await page.GotoAsync(limited.Url("/track?number=X" + lookup));
            Assert.Equal(200, allowed!.Status);
            Assert.Equal(1, await page.Locator("[data-testid=track-not-found]").CountAsync());
        }
        var refused = await page.GotoAsync(limited.Url("/track?number=X3"));

        Assert.Equal(429, refused!.Status);
        Assert.Contains("请求过于频繁", await page.TextContentAsync("body"));
    }

    public Task InitializeAsync() => Task.CompletedTask;
    public async Task DisposeAsync() => await _hall.DisposeAsync();
}
