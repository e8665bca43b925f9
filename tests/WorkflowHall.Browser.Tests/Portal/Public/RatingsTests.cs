using WorkflowHall.Browser.Tests.Infrastructure;
using WorkflowHall.Domain.Ratings;

namespace WorkflowHall.Browser.Tests.Portal.Public;

public sealed class RatingsTests(BrowserFixture browser) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private readonly HallServer _hall = new();

    [Fact]
    public async Task A_rated_case_shows_as_stars_for_its_department_and_its_matter()
    {
        var cases = new PublicCases(_hall);
        var (closed, _) = await cases.IssuedAsync();
        var rated = await cases.Ratings.RateAsync(closed.Id, PublicCases.ApplicantUser, RatingGrade.Satisfied, "办理很快", RatingChannel.Pc);
        Assert.True(rated.Succeeded, rated.Error?.ToString());

        var page = await browser.NewPageAsync();
        await page.GotoAsync(_hall.Url("/ratings"));

        var department = page.Locator("[data-testid=department-ratings] [data-testid=rating-row][data-key=bz-qc-forestry]");
        Assert.Contains("亳州市谯城区林业局", await department.TextContentAsync());
        Assert.Equal("4.0", await department.Locator("[data-testid=stars]").GetAttributeAsync("data-stars"));
        Assert.Equal(4, await department.Locator("[data-testid=stars] .bi-star-fill").CountAsync());
        Assert.Equal("1", (await department.Locator("[data-testid=rating-total]").TextContentAsync())?.Trim());
        Assert.Equal("100.0%", (await department.Locator("[data-testid=rating-satisfaction]").TextContentAsync())?.Trim());
        Assert.Equal("0", (await department.Locator("[data-testid=rating-bad]").TextContentAsync())?.Trim());

        var matter = page.Locator($"[data-testid=matter-ratings] [data-testid=rating-row][data-key='{PublicCases.FireMatter}']");
        Assert.Contains("森林防火期内在森林防火区野外用火审批", await matter.TextContentAsync());
        Assert.Equal("4.0", await matter.Locator("[data-testid=stars]").GetAttributeAsync("data-stars"));
        await page.ScreenshotAsync("portal-ratings");
    }

    public Task InitializeAsync() => Task.CompletedTask;
    public async Task DisposeAsync() => await _hall.DisposeAsync();
}
