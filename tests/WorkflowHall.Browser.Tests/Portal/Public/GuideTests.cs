using WorkflowHall.Browser.Tests.Infrastructure;

namespace WorkflowHall.Browser.Tests.Portal.Public;

public sealed class GuideTests(BrowserFixture browser) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private const string HazardousChemicals = "11341600MB1C7H3N5E3000100725000";
    private const string BirthRegistration = "11341602003058064E4000700115000";

    private readonly HallServer _hall = new();

    [Fact]
    public async Task The_guide_shows_materials_limits_fees_and_the_steps_of_the_published_workflow_in_order()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(_hall.Url("/matters/" + PublicCases.FireMatter));

        Assert.Equal("森林防火期内在森林防火区野外用火审批", (await page.TextContentAsync("[data-testid=guide-name]"))?.Trim());
        Assert.Equal("20 个工作日", (await page.TextContentAsync("[data-testid=statutory-limit]"))?.Trim());
        Assert.Equal("7 个工作日", (await page.TextContentAsync("[data-testid=promised-limit]"))?.Trim());
        Assert.Equal("0 次", (await page.TextContentAsync("[data-testid=onsite-visits]"))?.Trim());
        Assert.Contains("本事项不收费", await page.TextContentAsync("[data-testid=fees]"));
        Assert.Contains("第五十八条", await page.TextContentAsync("[data-testid=fees]"));
        Assert.Contains("《森林防火条例》", await page.TextContentAsync("[data-testid=legal-basis]"));
        Assert.Contains("用火时段避开", await page.TextContentAsync("[data-testid=acceptance-conditions]"));
        Assert.Contains("0558-5532716", await page.TextContentAsync("[data-testid=enquiry-phone]"));
        Assert.Contains("祭祀用火", await page.TextContentAsync("[data-testid=faq]"));

        var materials = page.Locator("[data-testid=material]");
        Assert.Equal(5, await materials.CountAsync());
        var form = page.Locator("[data-testid=material][data-material='野外用火申请表']");
        Assert.Equal(1, await form.Locator("[data-testid=material-required]").CountAsync());
        Assert.Equal("原件 1 份", (await form.Locator("[data-testid=material-copies]").TextContentAsync())?.Trim());
        Assert.Equal("野外用火申请表.docx", await form.Locator("[data-testid=blank-form]").TextContentAsync());
        Assert.Equal("野外用火申请表-示例.pdf", await form.Locator("[data-testid=material-sample]").TextContentAsync());
        var licence = page.Locator("[data-testid=material][data-material='营业执照']");
        Assert.Equal(1, await licence.Locator("[data-testid=material-optional]").CountAsync());
        Assert.Equal("复印件 1 份", (await page.Locator("[data-testid=material][data-material='林地权属证明或经营者同意用火的书面材料'] [data-testid=material-copies]").TextContentAsync())?.Trim());

        // standard-approval: 受理 → 审核 → 审批 → 发证, each with its post and limit from the BPMN file.
        Assert.Equal(["受理", "审核", "审批", "发证"], await page.Locator("[data-testid=process-step] [data-testid=step-name]").AllTextContentsAsync());
        Assert.Equal(["窗口受理", "科室审核", "分管领导审批", "发证"], await page.Locator("[data-testid=step-post]").AllTextContentsAsync());
        Assert.Equal(["5 个工作日", "10 个工作日", "3 个工作日", "10 个工作日"], await page.Locator("[data-testid=step-limit]").AllTextContentsAsync());
        Assert.Equal(["受理", "审核", "审批", "办结/发证"], await page.Locator("[data-testid=step-stage]").AllTextContentsAsync());

        Assert.EndsWith($"/matters/{PublicCases.FireMatter}/apply", await page.GetAttributeAsync("[data-testid=apply-online]", "href"));
        await page.ScreenshotAsync("portal-guide");
    }

    [Fact]
    public async Task Parallel_steps_share_a_place_in_the_diagram()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(_hall.Url("/matters/" + HazardousChemicals));

        var positions = page.Locator("[data-testid=process-position]");
        Assert.Equal(4, await positions.CountAsync());
        Assert.Equal(["现场核查", "专家评审"], await positions.Nth(1).Locator("[data-testid=step-name]").AllTextContentsAsync());
        Assert.Equal(["审批"], await positions.Nth(2).Locator("[data-testid=step-name]").AllTextContentsAsync());
    }

    [Fact]
    public async Task An_instant_matter_promises_to_finish_on_the_spot()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(_hall.Url("/matters/" + BirthRegistration));

        Assert.Equal("当场办结", (await page.TextContentAsync("[data-testid=promised-limit]"))?.Trim());
        Assert.Equal("1 个工作日", (await page.TextContentAsync("[data-testid=statutory-limit]"))?.Trim());
        Assert.Equal(["受理并办结"], await page.Locator("[data-testid=step-name]").AllTextContentsAsync());
        Assert.Equal(["4 小时"], await page.Locator("[data-testid=step-limit]").AllTextContentsAsync());
    }

    [Fact]
    public async Task In_English_the_guide_labels_its_limits_and_steps_in_English_and_keeps_the_official_Chinese_texts()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(_hall.Url("/matters/" + PublicCases.FireMatter + "?culture=en&ui-culture=en"));

        Assert.Equal("20 working days", (await page.TextContentAsync("[data-testid=statutory-limit]"))?.Trim());
        Assert.Equal("Apply online", (await page.TextContentAsync("[data-testid=apply-online]"))?.Trim());
        Assert.Equal(["Accept", "Review", "Approve", "Close / issue"], await page.Locator("[data-testid=step-stage]").AllTextContentsAsync());
        Assert.Equal(["Window acceptance", "Section review", "Leader approval", "Issuing"], await page.Locator("[data-testid=step-post]").AllTextContentsAsync());
        Assert.Contains("《森林防火条例》", await page.TextContentAsync("[data-testid=legal-basis]"));
    }

    [Fact]
    public async Task The_printed_guide_leaves_out_navigation_and_buttons_and_names_its_version()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(_hall.Url("/matters/" + PublicCases.FireMatter));
        Assert.True(await page.IsVisibleAsync("[data-testid=apply-online]"));

        await page.EmulateMediaAsync(new() { Media = Microsoft.Playwright.Media.Print });
        Assert.False(await page.IsVisibleAsync("[data-testid=apply-online]"));
        Assert.False(await page.IsVisibleAsync("nav.navbar"));
        Assert.True(await page.IsVisibleAsync("[data-testid=materials]"));
        Assert.True(await page.IsVisibleAsync("text=办事指南版本 1"));
    }

    [Fact]
    public async Task An_unknown_matter_is_the_halls_404_page()
    {
        var page = await browser.NewPageAsync();
        var response = await page.GotoAsync(_hall.Url("/matters/NO-SUCH-MATTER"));
        Assert.Equal(404, response!.Status);
        Assert.Contains("页面不存在", await page.TextContentAsync("h1"));
        Assert.Equal(1, await page.Locator("[data-testid=not-found]").CountAsync());
    }

    [Fact]
    public async Task On_a_phone_the_guide_fits_the_screen_without_sideways_scrolling()
    {
        var page = await browser.NewPageAsync(390, 844);
        await page.GotoAsync(_hall.Url("/matters/" + HazardousChemicals));

        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        var (scroll, client) = (widths[0], widths[1]);
        Assert.True(scroll <= client, $"the page is {scroll}px wide on a {client}px screen");
        await page.ScreenshotAsync("portal-guide-phone");
    }

    public Task InitializeAsync() => Task.CompletedTask;
    public async Task DisposeAsync() => await _hall.DisposeAsync();
}
