using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using WorkflowHall.Browser.Tests.Infrastructure;
using WorkflowHall.Data.Cases;
using WorkflowHall.Data.Records.Hall;
using WorkflowHall.Domain.Cases;
using static Microsoft.Playwright.Assertions;

namespace WorkflowHall.Browser.Tests.Workbench;

public sealed class WorkbenchTests(BrowserFixture browser) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private readonly HallServer _hall = new();

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_case_goes_from_the_window_clerks_inbox_through_supplement_review_approval_and_issue_to_a_certificate(string provider)
    {
        _hall.Provider = provider;
        var applied = await WorkbenchCases.ApplyForFirePermitAsync(_hall);
        var caseNumber = applied.CaseNumber;

        // 王芳 accepts for 林业局: the case is in her inbox, green, with the number masked, and counted as submitted.
        var page = await browser.NewPageAsync();
        await page.SignInAsync(_hall, "wang.fang");
        await page.GotoAsync(_hall.Url("/workbench"));
        var row = Row(page, caseNumber);
        await Expect(row).ToHaveAttributeAsync("data-warning", "green");
        await Expect(row).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("warning-green"));
        Assert.Equal("受理", (await row.Locator("[data-testid=row-step]").TextContentAsync())?.Trim());
        Assert.Equal("刘卫东", (await row.Locator("[data-testid=row-applicant]").TextContentAsync())?.Trim());
        Assert.Equal("3416**********0531", (await row.Locator("[data-testid=row-number]").TextContentAsync())?.Trim());
        Assert.DoesNotContain(WorkbenchCases.LiuWeidongNumber, await page.ContentAsync());
        Assert.Equal("1", await page.GetAttributeAsync("[data-testid=status-Submitted]", "data-count"));
        Assert.Equal("1", (await page.TextContentAsync("[data-testid=count-mine]"))?.Trim());

        // The summary bar filters in place (htmx) and stays a plain link.
        Assert.Equal("/workbench?status=Submitted", await page.GetAttributeAsync("[data-testid=status-Submitted]", "href"));
        await page.ClickAsync("[data-testid=status-Submitted]");
        await Expect(page.Locator("[data-testid=list-title]")).ToHaveTextAsync("已申请");
        await Expect(Row(page, caseNumber)).ToHaveCountAsync(1);
        Assert.EndsWith("/workbench?status=Submitted", page.Url);
        await page.GotoAsync(_hall.Url("/workbench"));

        // The case page: the applicant masked until 查看完整信息 with a reason, the materials to look at.
        await page.ClickAsync($"[data-testid=inbox-row][data-case-number='{caseNumber}'] [data-testid=case-link]");
        await Expect(page.Locator("[data-testid=case-number]")).ToHaveTextAsync(caseNumber);
        Assert.Equal("3416**********0531", (await page.TextContentAsync("[data-testid=applicant-number]"))?.Trim());
        await page.ClickAsync("[data-testid=reveal] summary");
        await page.FillAsync("#reveal-reason", "核对身份证原件");
        await page.ClickAsync("[data-testid=submit-reveal]");
        await Expect(page.Locator("[data-testid=revealed]")).ToBeVisibleAsync();
        Assert.Equal(WorkbenchCases.LiuWeidongNumber, (await page.TextContentAsync("[data-testid=applicant-number]"))?.Trim());
        Assert.Equal(WorkbenchCases.LiuWeidongPhone, (await page.TextContentAsync("[data-testid=applicant-phone]"))?.Trim());
        Assert.Contains("古井镇古井社区东山林地", await page.TextContentAsync("[data-testid=form-data]"));
        Assert.True(await page.EvalOnSelectorAsync<int>("[data-testid=material-image]", "img => img.naturalWidth") > 0, "the plan's picture is shown in the page");
        var certificate = page.Locator("[data-testid=material][data-material-name='申请人（或经办人）居民身份证'] [data-testid=material-certificate]");
        Assert.Equal("/verify/" + Uri.EscapeDataString(WorkbenchCases.IdCardIdentifier), await certificate.GetAttributeAsync("href"));
        var pdfLink = page.Locator("[data-testid=material][data-material-name='野外用火申请表'] [data-testid=material-preview]");
        Assert.Equal("_blank", await pdfLink.GetAttributeAsync("target"));
        var pdf = await page.APIRequest.GetAsync(_hall.Url(await pdfLink.GetAttributeAsync("href") ?? ""));
        Assert.Equal(200, pdf.Status);
        Assert.Equal("application/pdf", pdf.Headers["content-type"]);
        Assert.StartsWith("inline", pdf.Headers["content-disposition"]);
        Assert.Equal("nosniff", pdf.Headers["x-content-type-options"]);
        Assert.Equal(WorkbenchCases.Pdf, await pdf.BodyAsync());

        // One notice with everything missing: two ticked materials and one free item.
        await page.CheckAsync("[data-testid=supplement-checklist] input[value='用火方案及防火措施']");
        await page.CheckAsync("[data-testid=supplement-checklist] input[value='林地权属证明或经营者同意用火的书面材料']");
        await page.FillAsync("[data-testid=form-requestSupplement] textarea[name='Input.OtherItems']", "用火地点四至示意图");
        await page.SubmitAsync("[data-testid=submit-requestSupplement]");
        await Expect(page.Locator("[data-testid=case-status]")).ToHaveAttributeAsync("data-status", nameof(CaseStatus.SupplementRequested));
        await Expect(page.Locator("[data-testid=supplement-items] li")).ToHaveTextAsync(["用火方案及防火措施", "林地权属证明或经营者同意用火的书面材料", "用火地点四至示意图"]);
        Assert.Equal($"/cases/{caseNumber}/notices/supplement", await page.GetAttributeAsync("[data-testid=supplement-notice]", "href"));
        Assert.Equal(0, await page.Locator("[data-testid=actions]").CountAsync());

        // The applicant hands in the supplement; then 王芳 accepts.
        var plan = await WorkbenchCases.UploadAsync(_hall, WorkbenchCases.Png, "用火方案（补正）.png");
        var supplied = await _hall.Services.GetRequiredService<CaseActions>().SubmitSupplementAsync(applied.Id, "liu.weidong",
            [new SubmittedMaterial("用火方案及防火措施") { Sha256 = plan, FileName = "用火方案（补正）.png" }]);
        Assert.True(supplied.Succeeded, supplied.Error?.ToString());
        await page.ReloadAsync();
        Assert.Equal(1, await page.Locator("[data-testid=supplement-asked]").CountAsync());
        Assert.Equal(0, await page.Locator("[data-testid=form-requestSupplement]").CountAsync());
        await page.FillAsync("[data-testid=form-accept] textarea", "补正后材料齐全，予以受理");
        await page.SubmitAsync("[data-testid=submit-accept]");
        await Expect(page.Locator("[data-testid=action-done]")).ToContainTextAsync("受理");
        await Expect(page.Locator("[data-testid=open-step]")).ToContainTextAsync("审核");
        Assert.NotNull((await WorkbenchCases.LoadAsync(_hall, applied.Id)).AcceptedAt);

        // 陈志强 reviews, 杨建军 approves, 黄丽 issues: each from their own page.
        await ActAsAsync("chen.zhiqiang", caseNumber, "review", "符合野外用火条件", screenshot: "workbench-case");
        await ActAsAsync("yang.jianjun", caseNumber, "approve", "同意");
        var issuer = await ActAsAsync("huang.li", caseNumber, "issue", "电子证照送达");
        await Expect(issuer.Locator("[data-testid=case-status]")).ToHaveAttributeAsync("data-status", nameof(CaseStatus.Closed));
        await Expect(issuer.Locator("[data-testid=certificate]")).ToContainTextAsync("野外用火许可证");
        Assert.StartsWith("/verify/", await issuer.GetAttributeAsync("[data-testid=certificate-link]", "href"));
        var timeline = await issuer.Locator("[data-testid=timeline-entry]").AllTextContentsAsync();
        Assert.Contains(timeline, e => e.Contains("告知补正") && e.Contains("王芳"));
        Assert.Contains(timeline, e => e.Contains("审核通过") && e.Contains("陈志强") && e.Contains("符合野外用火条件"));
        Assert.Contains(timeline, e => e.Contains("办结") && e.Contains("黄丽"));
        Assert.Equal(nameof(CaseStatus.Closed), (await WorkbenchCases.LoadAsync(_hall, applied.Id)).Status);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_second_clerk_submitting_a_stale_form_is_told_who_acted_first_and_nothing_is_done_twice(string provider)
    {
        _hall.Provider = provider;
        var applied = await WorkbenchCases.ApplyForRentalHousingAsync(_hall);
        var first = await browser.NewPageAsync();
        await first.SignInAsync(_hall, "wang.fang");
        var second = await browser.NewPageAsync();
        await second.SignInAsync(_hall, "li.na");
        await first.GotoAsync(_hall.Url($"/workbench/cases/{applied.CaseNumber}"));
        await second.GotoAsync(_hall.Url($"/workbench/cases/{applied.CaseNumber}"));

        await first.FillAsync("[data-testid=form-accept] textarea", "材料齐全");
        await first.SubmitAsync("[data-testid=submit-accept]");
        await Expect(first.Locator("[data-testid=case-status]")).ToHaveAttributeAsync("data-status", nameof(CaseStatus.Accepted));
        var trail = await WorkbenchCases.TrailLengthAsync(_hall, applied.Id);
        var revision = (await WorkbenchCases.LoadAsync(_hall, applied.Id)).Revision;

        await second.FillAsync("[data-testid=form-accept] textarea", "同意受理");
        await second.SubmitAsync("[data-testid=submit-accept]");

        var conflict = await second.TextContentAsync("[data-testid=conflict]") ?? "";
        Assert.Contains("该办件已被他人办理：王芳", conflict);
        Assert.Contains("受理", conflict);
        Assert.Contains("请查看最新状态后再操作", conflict);
        // The latest state is shown: accepted, and nothing left for a window clerk to do.
        await Expect(second.Locator("[data-testid=case-status]")).ToHaveAttributeAsync("data-status", nameof(CaseStatus.Accepted));
        Assert.Equal(0, await second.Locator("[data-testid=form-accept]").CountAsync());
        Assert.Equal(trail, await WorkbenchCases.TrailLengthAsync(_hall, applied.Id));
        Assert.Equal(revision, (await WorkbenchCases.LoadAsync(_hall, applied.Id)).Revision);
        await second.ScreenshotAsync("workbench-conflict");
    }

    [Fact]
    public async Task The_reviewer_extends_the_time_limit_with_the_agency_heads_approval_and_runs_a_special_procedure()
    {
        var applied = await WorkbenchCases.ApplyForRentalHousingAsync(_hall);
        var accepted = await _hall.Services.GetRequiredService<CaseActions>().AcceptAsync(applied.Id, "li.na", "材料齐全");
        Assert.True(accepted.Succeeded, accepted.Error?.ToString());

        var page = await browser.NewPageAsync();
        await page.SignInAsync(_hall, "sun.wei");
        await page.GotoAsync(_hall.Url($"/workbench/cases/{applied.CaseNumber}"));
        Assert.Equal(["gao.feng"], await page.Locator("#extend-approver option").EvaluateAllAsync<string[]>("options => options.map(o => o.value)"));
        await page.FillAsync("#extend-days", "5");
        await page.FillAsync("#extend-reason", "需核查申请人家庭住房情况");
        await page.SubmitAsync("[data-testid=submit-extend]");
        await Expect(page.Locator("[data-testid=extension]")).ToContainTextAsync("延长 5 个工作日");
        await Expect(page.Locator("[data-testid=extension]")).ToContainTextAsync("高峰");
        Assert.Equal(0, await page.Locator("[data-testid=form-extend]").CountAsync());

        // The matter's own procedure (审核结果公示) is offered first; starting it stops the clock.
        Assert.Equal("审核结果公示", await page.Locator("#procedure-kind option").First.TextContentAsync());
        await page.FillAsync("#procedure-reason", "审核结果在社区公示7日");
        await page.SubmitAsync("[data-testid=submit-startProcedure]");
        await Expect(page.Locator("[data-testid=case-status]")).ToHaveAttributeAsync("data-status", nameof(CaseStatus.Suspended));
        await Expect(page.Locator("[data-testid=special-procedure]")).ToContainTextAsync("审核结果公示");
        await page.FillAsync("#procedure-result", "公示期满无异议");
        await page.SubmitAsync("[data-testid=submit-endProcedure]");
        await Expect(page.Locator("[data-testid=special-procedure]")).ToContainTextAsync("公示期满无异议");
        Assert.NotEqual(nameof(CaseStatus.Suspended), await page.GetAttributeAsync("[data-testid=case-status]", "data-status"));
    }

    [Fact]
    public async Task A_clerk_of_another_county_gets_403_and_never_sees_the_case_in_the_inbox()
    {
        var applied = await WorkbenchCases.ApplyForFirePermitAsync(_hall);
        await WorkbenchCases.CreateOtherCountyClerkAsync(_hall, "meng.guoyang");

        var page = await browser.NewPageAsync();
        await page.SignInAsync(_hall, "meng.guoyang");
        await page.GotoAsync(_hall.Url("/workbench"));
        await Expect(page.Locator("[data-testid=my-posts]")).ToContainTextAsync("涡阳县");
        Assert.Equal(0, await page.Locator("[data-testid=inbox-row]").CountAsync());
        Assert.Equal(0, await page.Locator("[data-testid=status-Submitted]").CountAsync());
        var filtered = await page.GotoAsync(_hall.Url("/workbench?status=Submitted"));
        Assert.Equal(200, filtered!.Status);
        await Expect(page.Locator("[data-testid=inbox-empty]")).ToBeVisibleAsync();

        var response = await page.GotoAsync(_hall.Url($"/workbench/cases/{applied.CaseNumber}"));
        Assert.Equal(403, response!.Status);
        Assert.Equal("无权查看此办件", (await page.TextContentAsync("[data-testid=case-denied]"))?.Trim());
        Assert.DoesNotContain(WorkbenchCases.LiuWeidongNumber, await page.ContentAsync());
        Assert.DoesNotContain("刘卫东", await page.ContentAsync());

        await using var db = await WorkbenchCases.Contexts(_hall).CreateDbContextAsync();
        var material = db.CaseMaterials.First(m => m.CaseId == applied.Id && m.Sha256 != null);
        var file = await page.APIRequest.GetAsync(_hall.Url($"/workbench/cases/{applied.CaseNumber}/materials/{material.Id}"));
        Assert.Equal(403, file.Status);
    }

    [Fact]
    public async Task Overdue_and_nearly_due_steps_are_coloured_red_and_yellow()
    {
        var late = await WorkbenchCases.ApplyForRentalHousingAsync(_hall);
        var soon = await WorkbenchCases.ApplyForRentalHousingAsync(_hall);
        var calm = await WorkbenchCases.ApplyForRentalHousingAsync(_hall);
        var now = DateTime.UtcNow;
        await WorkbenchCases.SetStepDeadlineAsync(_hall, late.Id, now.AddHours(-1), now.AddDays(-1));
        await WorkbenchCases.SetStepDeadlineAsync(_hall, soon.Id, now.AddDays(20), now.AddMinutes(-5));

        var page = await browser.NewPageAsync();
        await page.SignInAsync(_hall, "li.na");
        await page.GotoAsync(_hall.Url("/workbench"));

        await Expect(Row(page, late.CaseNumber)).ToHaveAttributeAsync("data-warning", "red");
        await Expect(Row(page, soon.CaseNumber)).ToHaveAttributeAsync("data-warning", "yellow");
        await Expect(Row(page, calm.CaseNumber)).ToHaveAttributeAsync("data-warning", "green");
        // By due time: the overdue one first, the one due in twenty days last.
        var order = await page.Locator("[data-testid=inbox-row]").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.caseNumber)");
        Assert.Equal([late.CaseNumber, calm.CaseNumber, soon.CaseNumber], order);
        await page.ScreenshotAsync("workbench-inbox");
        Assert.Equal(0, await page.Locator("[data-testid=page-next]").CountAsync());

        // Pages are plain links too: a page past the end is empty and leads back.
        await page.GotoAsync(_hall.Url("/workbench?page=2"));
        await Expect(page.Locator("[data-testid=inbox-empty]")).ToBeVisibleAsync();
        await page.ClickAsync("[data-testid=page-previous]");
        await Expect(Row(page, late.CaseNumber)).ToBeVisibleAsync();
    }

    [Fact]
    public async Task The_inbox_fits_a_phone_screen()
    {
        var applied = await WorkbenchCases.ApplyForRentalHousingAsync(_hall);
        var page = await browser.NewPageAsync(width: 390, height: 844);
        await page.SignInAsync(_hall, "li.na");
        await page.GotoAsync(_hall.Url("/workbench"));

        await Expect(Row(page, applied.CaseNumber)).ToBeVisibleAsync();
        Assert.Equal("3416**********048X", (await Row(page, applied.CaseNumber).Locator("[data-testid=row-number]").TextContentAsync())?.Trim());
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "no sideways scrolling");
        await page.ScreenshotAsync("workbench-inbox-phone");
    }

    [Fact]
    public async Task A_village_agent_sees_the_applications_filed_for_villagers_and_starts_a_new_one_from_the_catalog()
    {
        var applied = await WorkbenchCases.AgentAppliesForLivingAllowanceAsync(_hall);
        var page = await browser.NewPageAsync();
        await page.SignInAsync(_hall, "zhang.jianguo");
        await page.GotoAsync(_hall.Url("/workbench"));
        await page.SubmitAsync("[data-testid=agent-link]");

        var row = page.Locator($"[data-testid=agent-case][data-case-number='{applied.CaseNumber}']");
        await Expect(row).ToContainTextAsync("李秀英");
        await Expect(row).ToContainTextAsync("最低生活保障");
        Assert.Equal("3416**********0626", (await row.Locator("[data-testid=agent-case-number]").TextContentAsync())?.Trim());
        Assert.Equal("已申请", (await row.Locator("[data-testid=agent-case-status]").TextContentAsync())?.Trim());
        Assert.DoesNotContain("341602195203140626", await page.ContentAsync());
        Assert.Equal("/matters", await page.GetAttributeAsync("[data-testid=agent-apply]", "href"));
        await page.ScreenshotAsync("workbench-agent");
        await page.ClickAsync("[data-testid=language-switch]");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Agent applications");
        await Expect(page.Locator("[data-testid=agent-case-status]")).ToHaveTextAsync("Submitted");

        // The agent's own case page shows the consent recorded with the application.
        await page.GotoAsync(_hall.Url($"/workbench/cases/{applied.CaseNumber}"));
        await Expect(page.Locator("[data-testid=consent]")).ToContainTextAsync("李秀英在张集村便民服务点当面签署");
        await Expect(page.Locator("[data-testid=agent-name]")).ToHaveTextAsync("张建国");

        // The village step is the agent's: checked with the villager and handed on to the town.
        await page.FillAsync("[data-testid=form-complete] textarea", "材料已核对，报送乡镇");
        await page.SubmitAsync("[data-testid=submit-complete]");
        await Expect(page.Locator("[data-testid=open-step]")).ToContainTextAsync("乡镇受理");
        Assert.Equal(0, await page.Locator("[data-testid=actions]").CountAsync());
    }

    /// <summary>Signs in as <paramref name="clerk"/> in a fresh browser, opens the case and does <paramref name="action"/> with an opinion.</summary>
    private async Task<IPage> ActAsAsync(string clerk, string caseNumber, string action, string opinion, string? screenshot = null)
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsync(_hall, clerk);
        await page.GotoAsync(_hall.Url("/workbench"));
        await Expect(Row(page, caseNumber)).ToHaveCountAsync(1);
        await page.GotoAsync(_hall.Url($"/workbench/cases/{caseNumber}"));
        await page.FillAsync($"[data-testid=form-{action}] textarea", opinion);
        if (screenshot is not null) await page.ScreenshotAsync(screenshot);
        await page.SubmitAsync($"[data-testid=submit-{action}]");
        await Expect(page.Locator("[data-testid=action-done]")).ToBeVisibleAsync();
        return page;
    }

    private static ILocator Row(IPage page, string caseNumber) => page.Locator($"[data-testid=inbox-row][data-case-number='{caseNumber}']");

    public Task InitializeAsync() => Task.CompletedTask;
    public async Task DisposeAsync() => await _hall.DisposeAsync();
}
