using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using WorkflowHall.Browser.Tests.Infrastructure;
using WorkflowHall.Data;
using WorkflowHall.Data.Matters;
using WorkflowHall.Domain.Matters;
using static Microsoft.Playwright.Assertions;

namespace WorkflowHall.Browser.Tests.Admin.Matters;

public sealed class GuideEditorTests(BrowserFixture browser) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    /// <summary>森林防火期内在森林防火区野外用火审批: statutory 20, promised 7 working days.</summary>
    private const string FirePermit = "11341602003060412P4000100361000";

    private readonly HallServer _hall = new();

    [Fact]
    public async Task A_promised_limit_above_the_statutory_one_is_shown_at_the_field_and_nothing_is_saved()
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsync(_hall, "qian.lei");
        await page.GotoAsync(_hall.Url("/admin/matters"));
        await Expect(page.Locator("[data-testid=matter-row]")).ToHaveCountAsync(12);
        await page.ScreenshotAsync("admin-matters");
        await page.ClickAsync($"[data-testid=matter-row][data-code='{FirePermit}'] [data-testid=matter-edit]");
        await Expect(page.Locator("[data-testid=matter-name]")).ToHaveTextAsync("森林防火期内在森林防火区野外用火审批");
        var revision = await RevisionAsync();

        await page.FillAsync("#promised", "25");
        await page.SubmitAsync("[data-testid=save-draft]");

        await Expect(page.Locator("[data-testid=error-promisedLimit]")).ToHaveTextAsync("承诺时限 25 天超过法定时限 20 天");
        await Expect(page.Locator("#promised")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("is-invalid"));
        await Expect(page.Locator("[data-testid=guide-problems]")).ToContainTextAsync("承诺办结时限");
        Assert.Equal("25", await page.InputValueAsync("#promised")); // what was typed stays, to be corrected
        Assert.Equal(0, await page.Locator("[data-testid=saved]").CountAsync());
        Assert.Equal(revision, await RevisionAsync());
        await using (var db = await Contexts().CreateDbContextAsync())
        {
            Assert.Null((await db.Matters.SingleAsync(m => m.ImplementationCode == FirePermit)).DraftGuideJson);
        }
        await page.GotoAsync(_hall.Url($"/matters/{FirePermit}"));
        await Expect(page.Locator("[data-testid=promised-limit]")).ToContainTextAsync("7");
    }

    [Fact]
    public async Task A_valid_edit_published_as_the_next_version_shows_on_the_public_guide_page()
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsync(_hall, "qian.lei");
        await page.GotoAsync(_hall.Url($"/admin/matters/{FirePermit}"));
        await Expect(page.Locator("[data-testid=published-version]")).ToHaveAttributeAsync("data-version", "1");

        await page.FillAsync("#promised", "5");
        await page.SubmitAsync("[data-testid=add-material]");
        var rows = page.Locator("[data-testid=material-row]");
        await Expect(rows).ToHaveCountAsync(6);
        await page.FillAsync("#material-name-5", "用火地点现场照片");
        await page.SelectOptionAsync("#material-form-5", "电子");
        await page.UncheckAsync("#material-mandatory-5");
        await page.SubmitAsync($"[data-testid=material-row][data-index='2'] [data-testid=remove-material]"); // 营业执照 goes
        await Expect(rows).ToHaveCountAsync(5);
        Assert.Equal("用火地点现场照片", await page.InputValueAsync("#material-name-4"));
        Assert.Equal("5", await page.InputValueAsync("#promised"));
        await page.FillAsync("[data-testid=publish-note]", "承诺时限由 7 个工作日压缩为 5 个工作日；增加现场照片");
        await page.SubmitAsync("[data-testid=publish]");

        await Expect(page.Locator("[data-testid=published]")).ToContainTextAsync("已发布第 2 版");
        await Expect(page.Locator("[data-testid=published-version]")).ToHaveAttributeAsync("data-version", "2");
        await Expect(page.Locator("[data-testid=history-row][data-version='2'] [data-testid=history-note]")).ToHaveTextAsync("承诺时限由 7 个工作日压缩为 5 个工作日；增加现场照片");
        Assert.Equal(0, await page.Locator("[data-testid=has-draft]").CountAsync());
        await page.ScreenshotAsync("admin-matter-edit");

        await page.GotoAsync(_hall.Url($"/matters/{FirePermit}"));
        await Expect(page.Locator("[data-testid=promised-limit]")).ToHaveTextAsync("5 个工作日");
        await Expect(page.Locator("[data-testid=material-name]")).ToContainTextAsync(["野外用火申请表", "申请人（或经办人）居民身份证", "用火方案及防火措施", "林地权属证明或经营者同意用火的书面材料", "用火地点现场照片"]);
        // The material kept what the editor does not show.
        var (guide, version) = (await _hall.Services.GetRequiredService<MatterCatalog>().GetAsync(FirePermit))!.Value;
        Assert.Equal(2, version);
        Assert.Equal("野外用火申请表.docx", guide.Materials[0].BlankForm);
        Assert.False(guide.Materials[4].Mandatory);
        Assert.Equal(3, guide.Faq.Length);
    }

    [Fact]
    public async Task A_save_over_another_administrators_newer_draft_is_refused_with_who_changed_it()
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsync(_hall, "qian.lei");
        await page.GotoAsync(_hall.Url($"/admin/matters/{FirePermit}"));
        var catalog = _hall.Services.GetRequiredService<MatterCatalog>();
        var (guide, _) = (await catalog.GetAsync(FirePermit))!.Value;
        Assert.True((await catalog.SaveDraftAsync(guide with { OfficeHours = "周一至周五 9:00—17:00" }, "sun.admin", await RevisionAsync())).Succeeded);

        await page.FillAsync("#promised", "6");
        await page.SubmitAsync("[data-testid=save-draft]");

        await Expect(page.Locator("[data-testid=stale]")).ToContainTextAsync("sun.admin");
        Assert.Equal("6", await page.InputValueAsync("#promised"));
        var draft = await DraftAsync();
        Assert.Equal((7, "周一至周五 9:00—17:00"), (draft!.PromisedLimit.Amount, draft.OfficeHours));
        await page.ClickAsync("[data-testid=reload]");
        await Expect(page.Locator("#hours")).ToHaveValueAsync("周一至周五 9:00—17:00");
        await Expect(page.Locator("[data-testid=has-draft]")).ToBeVisibleAsync();
    }

    private IDbContextFactory<HallDbContext> Contexts() => _hall.Services.GetRequiredService<IDbContextFactory<HallDbContext>>();

    private async Task<int> RevisionAsync()
    {
        await using var db = await Contexts().CreateDbContextAsync();
        return (await db.Matters.AsNoTracking().SingleAsync(m => m.ImplementationCode == FirePermit)).Revision;
    }

    private async Task<ServiceGuide?> DraftAsync()
    {
        await using var db = await Contexts().CreateDbContextAsync();
        return (await db.Matters.AsNoTracking().SingleAsync(m => m.ImplementationCode == FirePermit)).DraftGuideJson is { } json ? ServiceGuideJson.Deserialize(json) : null;
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _hall.DisposeAsync();
}
