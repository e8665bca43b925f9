using Microsoft.Playwright;
using WorkflowHall.Browser.Tests.Infrastructure;

namespace WorkflowHall.Browser.Tests.Portal.Public;

public sealed class CatalogTests(BrowserFixture browser) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private const string FirePermit = PublicCases.FireMatter;
    private const string BirthRegistration = "11341602003058064E4000700115000";
    private const string ConstructionPermit = "11341602003060842H4000100286000";
    private const string RentalHousing = "11341602003060842H4000700436000";
    private const string HazardousChemicals = "11341600MB1C7H3N5E3000100725000";
    private const string Disability = "13341602003062522N4002000412001";
    private const string ExtremePoverty = "1134160200305993X34000700322000";
    private const string MinimumLiving = "1134160200305993X34000700321000";
    private const string TemporaryAssistance = "1134160200305993X34000500214000";

    private readonly HallServer _hall = new();

    private static async Task<string[]> FoundAsync(IPage page) =>
        [.. (await page.Locator("[data-testid=matter-results] [data-testid=matter-card]").EvaluateAllAsync<string[]>("cards => cards.map(c => c.dataset.code)")).Order()];

    [Fact]
    public async Task The_start_page_searches_the_catalog_and_links_topics_and_the_public_services()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(_hall.Url("/"));
        Assert.True(await page.Locator("[data-testid=topic-link]", new() { HasTextString = "社会救助" }).CountAsync() == 1);
        Assert.Equal(6, await page.Locator("[data-testid=popular-matters] [data-testid=matter-card]").CountAsync());
        foreach (var entrance in new[] { "track", "verify", "ratings" })
        {
            Assert.Equal("/" + entrance, await page.GetAttributeAsync($"[data-testid=entrance-{entrance}]", "href"));
        }
        await page.ScreenshotAsync("portal-home");

        await page.FillAsync("#home-q", "用火");
        await page.SubmitAsync("[data-testid=home-search-submit]");
        Assert.Contains("/matters?q=", page.Url);
        Assert.Equal([FirePermit], await FoundAsync(page));
    }

    [Fact]
    public async Task Searching_by_name_finds_the_matter_by_its_name_or_its_alias_and_nothing_else()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(_hall.Url("/matters"));
        Assert.Equal(12, (await FoundAsync(page)).Length);
        await page.ScreenshotAsync("portal-catalog");

        await page.FillAsync("#q", "用火");
        await page.SubmitAsync("[data-testid=catalog-submit]");
        Assert.Equal([FirePermit], await FoundAsync(page));

        // 新生儿入户 is the alias of 出生登记: the name alone does not contain it.
        await page.GotoAsync(_hall.Url("/matters?q=" + Uri.EscapeDataString("新生儿")));
        Assert.Equal([BirthRegistration], await FoundAsync(page));

        await page.GotoAsync(_hall.Url("/matters?q=" + Uri.EscapeDataString("没有这个事项")));
        Assert.Empty(await FoundAsync(page));
        Assert.True(await page.IsVisibleAsync("[data-testid=no-matters]"));
    }

    [Fact]
    public async Task Searching_by_code_takes_a_catalog_code_or_the_beginning_of_an_implementation_code()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(_hall.Url("/matters?code=0100361000"));
        Assert.Equal([FirePermit], await FoundAsync(page));

        // The implementing body's credit code starts every implementation code of 谯城区住建局.
        await page.GotoAsync(_hall.Url("/matters?code=11341602003060842H"));
        Assert.Equal([ConstructionPermit, RentalHousing], await FoundAsync(page));
    }

    [Fact]
    public async Task Picking_a_department_level_or_topic_updates_the_results_in_place_and_the_address_keeps_the_query()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(_hall.Url("/matters"));
        var heading = await page.Locator("h1").ElementHandleAsync();

        await page.SelectOptionAsync("#dept", "bz-qc-housing");
        await page.WaitForURLAsync(url => url.Contains("dept=bz-qc-housing"));
        await page.WaitForFunctionAsync("() => document.querySelectorAll('[data-testid=matter-card]').length === 2");
        Assert.Equal([ConstructionPermit, RentalHousing], await FoundAsync(page));
        // htmx swapped the list only: the page itself (its heading element) is the one loaded at first.
        Assert.True(await heading!.EvaluateAsync<bool>("h => h.isConnected"));

        await page.SelectOptionAsync("#dept", "");
        await page.SelectOptionAsync("#level", "3");
        await page.WaitForURLAsync(url => url.Contains("level=3") && url.Contains("dept=&"));
        await page.WaitForFunctionAsync("() => document.querySelectorAll('[data-testid=matter-card]').length === 1");
        Assert.Equal([HazardousChemicals], await FoundAsync(page));

        await page.SelectOptionAsync("#level", "");
        await page.SelectOptionAsync("#topic", "社会救助");
        await page.WaitForURLAsync(url => url.Contains("topic=") && url.Contains("level=&"));
        await page.WaitForFunctionAsync("() => document.querySelectorAll('[data-testid=matter-card]').length === 4");
        Assert.Equal(new[] { Disability, ExtremePoverty, MinimumLiving, TemporaryAssistance }.Order(), await FoundAsync(page));
    }

    [Fact]
    public async Task The_catalog_filters_as_a_plain_form_when_the_browser_runs_no_script()
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false, Locale = "zh-CN" });
        var page = await context.NewPageAsync();
        await page.GotoAsync(_hall.Url("/matters"));
        await page.SelectOptionAsync("#dept", "bz-qc-civil");
        await page.SelectOptionAsync("#level", "4");
        await page.SubmitAsync("[data-testid=catalog-submit]");

        Assert.Contains("dept=bz-qc-civil", page.Url);
        Assert.Equal(new[] { ExtremePoverty, MinimumLiving, TemporaryAssistance }.Order(), await FoundAsync(page));
        Assert.Equal("bz-qc-civil", await page.InputValueAsync("#dept"));
        await context.CloseAsync();
    }

    [Fact]
    public async Task A_result_card_leads_to_the_matters_service_guide()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(_hall.Url("/matters?q=" + Uri.EscapeDataString("残疾人证")));
        await page.SubmitAsync("[data-testid=matter-link]");
        Assert.EndsWith("/matters/" + Disability, page.Url);
        Assert.Equal("残疾人证核发", (await page.TextContentAsync("[data-testid=guide-name]"))?.Trim());
    }

    public Task InitializeAsync() => Task.CompletedTask;
    public async Task DisposeAsync() => await _hall.DisposeAsync();
}
