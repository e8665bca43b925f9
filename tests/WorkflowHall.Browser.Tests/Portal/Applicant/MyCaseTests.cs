using System.Text.Json;
using Microsoft.Playwright;
using WorkflowHall.Browser.Tests.Infrastructure;
using WorkflowHall.Data.Cases;
using WorkflowHall.Data.Ratings;
using WorkflowHall.Domain.Cases;
using static WorkflowHall.Browser.Tests.Portal.Applicant.ApplicantCases;

namespace WorkflowHall.Browser.Tests.Portal.Applicant;

public sealed class MyCaseTests(BrowserFixture browser) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private readonly HallServer _hall = new();

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_applicant_cannot_open_another_applicants_case(string provider)
    {
        _hall.Provider = provider;
        var others = await _hall.ApplyAsync("zhang.li", PublicRentalHousing);
        var page = await browser.NewPageAsync();
        await page.SignInAsync(_hall, "liu.weidong");

        var response = await page.GotoAsync(_hall.Url($"/my/cases/{others.CaseNumber}"));

        Assert.Equal(403, response!.Status);
        Assert.Contains("无权查看此办件", await page.TextContentAsync("[data-testid=forbidden]"));
        Assert.DoesNotContain("张丽", await page.ContentAsync());
        Assert.Equal(403, (await page.GotoAsync(_hall.Url($"/my/cases/{others.CaseNumber}/receipt")))!.Status);
        Assert.Equal(403, (await page.GotoAsync(_hall.Url($"/cases/{others.CaseNumber}/notices/supplement")))!.Status);
    }

    [Fact]
    public async Task After_the_window_asks_for_supplements_the_applicant_uploads_every_item_and_the_case_waits_for_acceptance_again()
    {
        var filed = await _hall.ApplyAsync("liu.weidong", FieldFirePermit);
        string[] items = ["用火方案及防火措施（须写明防火隔离带宽度和扑火人员名单）", "林地承包合同复印件"];
        // wang.fang holds window-acceptance in 谯城区林业局, the matter's handling unit.
        await _hall.Service<CaseActions>().RequestSupplementAsync(filed.Id, "wang.fang", items).SucceedsAsync();

        var page = await browser.NewPageAsync();
        await page.SignInAsync(_hall, "liu.weidong");
        await page.GotoAsync(_hall.Url($"/my/cases/{filed.CaseNumber}"));
        Assert.Equal("SupplementRequested", await page.GetAttributeAsync("[data-testid=case-status]", "data-status"));
        Assert.Equal(items, await page.Locator("[data-testid=timeline-entry][data-kind=supplement-requested] li").AllTextContentsAsync());
        await page.ScreenshotAsync("portal-my-case-supplement");

        await page.ClickAsync("[data-testid=supplement-notice-link]");
        Assert.Equal(items, (await page.Locator("[data-testid=notice-item]").AllTextContentsAsync()).Select(t => t.Trim()));
        Assert.Contains("一次性告知", await page.TextContentAsync("[data-testid=supplement-notice]"));
        Assert.Contains("亳州市谯城区林业局（印章）", await page.TextContentAsync("[data-testid=supplement-notice]"));
        await page.ScreenshotAsync("portal-supplement-notice");
        await page.GoBackAsync();

        // Handing in only one of the two is refused, naming the one still missing.
        await page.Locator("[data-testid=upload-s0]").SetInputFilesAsync(new FilePayload { Name = "用火方案.pdf", MimeType = "application/pdf", Buffer = Pdf("用火方案") });
        await page.Locator("#status-s0.text-success").WaitForAsync();
        await page.SubmitAsync("[data-testid=submit-supplement]");
        Assert.Contains("尚缺：林地承包合同复印件", await page.TextContentAsync("[data-testid=error]"));

        await page.Locator("[data-testid=upload-s1]").SetInputFilesAsync(new FilePayload { Name = "承包合同.pdf", MimeType = "application/pdf", Buffer = Pdf("承包合同") });
        await page.Locator("#status-s1.text-success").WaitForAsync();
        await page.SubmitAsync("[data-testid=submit-supplement]");

        Assert.Contains("补正材料已提交", await page.TextContentAsync("[data-testid=done]"));
        Assert.Equal("Submitted", await page.GetAttributeAsync("[data-testid=case-status]", "data-status"));
        var dossier = (await _hall.DossierAsync(filed.CaseNumber))!;
        Assert.Equal(nameof(CaseStatus.Submitted), dossier.Case.Status);
        Assert.Equal(["用火方案.pdf", "承包合同.pdf"], dossier.Materials.Where(m => items.Contains(m.MaterialName)).Select(m => m.FileName));
        Assert.Equal(1, await page.Locator("[data-testid=timeline-entry][data-kind=supplemented]").CountAsync());
        Assert.Equal(0, await page.Locator("[data-testid=supplement-form]").CountAsync());

        // The clerk may print the notice too.
        var clerk = await browser.NewPageAsync();
        await clerk.SignInAsync(_hall, "wang.fang");
        Assert.Equal(200, (await clerk.GotoAsync(_hall.Url($"/cases/{filed.CaseNumber}/notices/supplement")))!.Status);
        Assert.Equal(2, await clerk.Locator("[data-testid=notice-item]").CountAsync());
    }

    [Fact]
    public async Task The_applicant_withdraws_before_a_decision_with_a_reason_on_a_phone()
    {
        var filed = await _hall.ApplyAsync("liu.weidong", FieldFirePermit);
        var page = await browser.NewPageAsync(390, 844);
        await page.SignInAsync(_hall, "liu.weidong");
        await page.GotoAsync(_hall.Url($"/my/cases/{filed.CaseNumber}"));
        Assert.True(await FitsTheScreenAsync(page), "the case page scrolls sideways on a phone");

        await page.SubmitAsync("[data-testid=submit-withdraw]");
        Assert.Contains("撤回申请须说明理由", await page.TextContentAsync("[data-testid=error]"));

        await page.FillAsync("#withdraw-reason", "虫害已用药物防治，不再需要用火");
        await page.SubmitAsync("[data-testid=submit-withdraw]");

        Assert.Equal("Withdrawn", await page.GetAttributeAsync("[data-testid=case-status]", "data-status"));
        Assert.Contains("不再需要用火", await page.TextContentAsync("[data-testid=timeline-entry][data-kind=withdrawn]"));
        Assert.Equal(0, await page.Locator("[data-testid=withdraw-form]").CountAsync());
        Assert.Equal(nameof(CaseStatus.Withdrawn), (await _hall.DossierAsync(filed.CaseNumber))!.Case.Status);

        // The same page in English (the switch is in the collapsed menu on a phone; it leads here).
        await page.GotoAsync(_hall.Url($"/culture/en?returnUrl=/my/cases/{filed.CaseNumber}"));
        Assert.Equal("Withdrawn", (await page.TextContentAsync("[data-testid=case-status]"))?.Trim());
        Assert.Contains("Application withdrawn", await page.TextContentAsync("[data-testid=timeline-entry][data-kind=withdrawn]"));
        await page.GotoAsync(_hall.Url($"/my/cases/{filed.CaseNumber}/receipt"));
        Assert.Contains("Receipt", await page.TextContentAsync("h1"));
        Assert.True(await FitsTheScreenAsync(page), "the receipt scrolls sideways on a phone");
    }

    private static Task<bool> FitsTheScreenAsync(IPage page) =>
        page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth");

    [Fact]
    public async Task After_closing_the_applicant_downloads_the_certificate_and_rates_the_case()
    {
        var filed = await _hall.ApplyAsync("liu.weidong", FieldFirePermit);
        var actions = _hall.Service<CaseActions>();
        await actions.AcceptAsync(filed.Id, "wang.fang", "材料齐全，予以受理").SucceedsAsync();
        // At review the section inspects the site (a special procedure: the clock stops) and the agency head grants the one extension.
        await actions.StartSpecialProcedureAsync(filed.Id, "chen.zhiqiang", "现场核查", "核查用火地点四至和防火隔离带", null).SucceedsAsync();
        await actions.EndSpecialProcedureAsync(filed.Id, "chen.zhiqiang", "隔离带宽度符合要求").SucceedsAsync();
        await actions.ExtendAsync(filed.Id, "chen.zhiqiang", 3, "等待气象部门火险等级预报", "yang.jianjun").SucceedsAsync();
        await actions.ReviewAsync(filed.Id, "chen.zhiqiang", "用火方案可行，防火措施到位").SucceedsAsync();
        await actions.ApproveAsync(filed.Id, "yang.jianjun", "准予在批准时段用火").SucceedsAsync();
        await actions.IssueAsync(filed.Id, "huang.li", null).SucceedsAsync();

        var page = await browser.NewPageAsync();
        await page.SignInAsync(_hall, "liu.weidong");
        await page.GotoAsync(_hall.Url($"/my/cases/{filed.CaseNumber}"));
        Assert.Equal("Closed", await page.GetAttributeAsync("[data-testid=case-status]", "data-status"));
        Assert.Equal(["submitted", "accepted", "clock-paused", "clock-resumed", "extended", "reviewed", "approved", "issued"],
            await page.Locator("[data-testid=timeline-entry]").EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.kind)"));
        Assert.Contains("陈志强", await page.TextContentAsync("[data-testid=timeline-entry][data-kind=reviewed]"));
        Assert.Contains("核查用火地点四至", await page.TextContentAsync("[data-testid=timeline-entry][data-kind=clock-paused]"));
        Assert.Contains("隔离带宽度符合要求", await page.TextContentAsync("[data-testid=timeline-entry][data-kind=clock-resumed]"));
        Assert.Contains("等待气象部门火险等级预报", await page.TextContentAsync("[data-testid=timeline-entry][data-kind=extended]"));
        Assert.Matches(@"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$", (await page.TextContentAsync("[data-testid=promised-due]"))!.Trim());
        await page.ScreenshotAsync("portal-my-case");
        var identifier = await page.GetAttributeAsync("[data-testid=certificate]", "data-identifier");
        Assert.NotNull(identifier);

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("[data-testid=certificates] [data-testid=download-certificate]"));
        var path = await download.PathAsync();
        if (download.SuggestedFilename.EndsWith(".json", StringComparison.Ordinal))
        {
            using var json = JsonDocument.Parse(await File.ReadAllTextAsync(path));
            Assert.Equal(identifier, json.RootElement.GetProperty("identifier").GetString());
            Assert.Equal("刘卫东", json.RootElement.GetProperty("holderName").GetString());
            Assert.False(string.IsNullOrEmpty(json.RootElement.GetProperty("signature").GetString()));
            Assert.EndsWith("/verify/" + identifier, json.RootElement.GetProperty("verifyUrl").GetString());
        }
        else
        {
            Assert.Equal(identifier + ".pdf", download.SuggestedFilename);
            Assert.StartsWith("%PDF-", await File.ReadAllTextAsync(path));
        }

        await page.ClickAsync("[data-testid=certificates] [data-testid=view-certificate]");
        Assert.Equal(identifier, (await page.TextContentAsync("[data-testid=certificate-identifier]"))?.Trim());
        Assert.StartsWith("data:image/png;base64,", await page.GetAttributeAsync("[data-testid=certificate-qr]", "src"));
        await page.ScreenshotAsync("portal-certificate");
        await page.GoBackAsync();

        await page.CheckAsync("#stars-4");
        await page.FillAsync("#rating-comment", "窗口一次告知清楚，办理很快");
        await page.SubmitAsync("[data-testid=submit-rating]");

        Assert.Contains("感谢您的评价", await page.TextContentAsync("[data-testid=done]"));
        Assert.Contains("窗口一次告知清楚", await page.TextContentAsync("[data-testid=rating]"));
        Assert.Equal(0, await page.Locator("[data-testid=rate-form]").CountAsync());
        var rating = await _hall.Service<RatingService>().FindAsync(filed.Id);
        Assert.NotNull(rating);
        Assert.Equal((2, "liu.weidong", "窗口一次告知清楚，办理很快"), (rating.Grade, rating.RatedBy, rating.Comment));
    }

    public Task InitializeAsync() => Task.CompletedTask;
    public async Task DisposeAsync() => await _hall.DisposeAsync();
}
