using Microsoft.Playwright;
using WorkflowHall.Browser.Tests.Infrastructure;
using WorkflowHall.Browser.Tests.Portal.Applicant;
using WorkflowHall.Domain.Cases;
using static Microsoft.Playwright.Assertions;

namespace WorkflowHall.Browser.Tests.Journeys;

/// <summary>
/// One field-fire permit from application to rating, every step done by its own person in the browser:
/// 刘卫东 applies with uploads, 王芳 at the window asks for supplements, he supplements, she accepts,
/// 陈志强 reviews, 杨建军 approves, 黄丽 issues, and 刘卫东 downloads and verifies the certificate and
/// rates the service. Nothing is arranged behind the pages' backs.
/// </summary>
public sealed class WholeCaseJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private readonly HallServer _hall = new();

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_field_fire_permit_goes_from_application_through_supplement_and_decision_to_a_verified_certificate_and_a_rating(string provider)
    {
        _hall.Provider = provider;
        // 申请: the applicant fills the form and uploads every required material.
        var applicant = await browser.NewPageAsync();
        await applicant.SignInAsync(_hall, "liu.weidong");
        await applicant.GotoAsync(_hall.Url($"/matters/{ApplicantCases.FieldFirePermit}/apply"));
        var guide = await _hall.GuideAsync(ApplicantCases.FieldFirePermit);
        for (var i = 0; i < guide.Materials.Length; i++)
        {
            if (!guide.Materials[i].Mandatory) continue;
            await applicant.Locator($"[data-testid=upload-m{i}]").SetInputFilesAsync(
                new FilePayload { Name = $"{guide.Materials[i].Name}.pdf", MimeType = "application/pdf", Buffer = ApplicantCases.Pdf(guide.Materials[i].Name) });
            await applicant.Locator($"#status-m{i}.text-success").WaitForAsync();
        }
        await applicant.FillAsync("#purpose", "清明前烧除承包林地内病虫害枝叶约 2 亩");
        await applicant.SubmitAsync("[data-testid=submit-application]");
        var caseNumber = (await applicant.TextContentAsync("[data-testid=case-number]"))!.Trim();

        // 补正: the window clerk ticks what is missing; the applicant sees the items and hands them in.
        var window = await browser.NewPageAsync();
        await window.SignInAsync(_hall, "wang.fang");
        await window.GotoAsync(_hall.Url("/workbench"));
        await Expect(window.Locator($"[data-testid=inbox-row][data-case-number='{caseNumber}']")).ToHaveCountAsync(1);
        await window.GotoAsync(_hall.Url($"/workbench/cases/{caseNumber}"));
        await window.CheckAsync("[data-testid=supplement-checklist] input[value='用火方案及防火措施']");
        await window.SubmitAsync("[data-testid=submit-requestSupplement]");
        await Expect(window.Locator("[data-testid=case-status]")).ToHaveAttributeAsync("data-status", nameof(CaseStatus.SupplementRequested));

        await applicant.GotoAsync(_hall.Url($"/my/cases/{caseNumber}"));
        await Expect(applicant.Locator("[data-testid=case-status]")).ToHaveAttributeAsync("data-status", nameof(CaseStatus.SupplementRequested));
        await applicant.Locator("[data-testid=upload-s0]").SetInputFilesAsync(
            new FilePayload { Name = "用火方案（补正）.pdf", MimeType = "application/pdf", Buffer = ApplicantCases.Pdf("用火方案及防火措施 补正") });
        await applicant.Locator("#status-s0.text-success").WaitForAsync();
        await applicant.SubmitAsync("[data-testid=submit-supplement]");
        await Expect(applicant.Locator("[data-testid=case-status]")).ToHaveAttributeAsync("data-status", nameof(CaseStatus.Submitted));

        // 受理 → 审核 → 审批 → 发证, each clerk from the case page of their own workbench.
        await window.GotoAsync(_hall.Url($"/workbench/cases/{caseNumber}"));
        await window.FillAsync("[data-testid=form-accept] textarea", "补正后材料齐全，予以受理");
        await window.SubmitAsync("[data-testid=submit-accept]");
        await Expect(window.Locator("[data-testid=case-status]")).ToHaveAttributeAsync("data-status", nameof(CaseStatus.Accepted));
        await ActAsync("chen.zhiqiang", caseNumber, "review", "用火地点、时间和防火措施符合规定");
        await ActAsync("yang.jianjun", caseNumber, "approve", "同意");
        var issuer = await ActAsync("huang.li", caseNumber, "issue", "电子证照送达申请人");
        await Expect(issuer.Locator("[data-testid=case-status]")).ToHaveAttributeAsync("data-status", nameof(CaseStatus.Closed));

        // The applicant sees the whole way on his own page, downloads the certificate, verifies it and rates.
        await applicant.GotoAsync(_hall.Url($"/my/cases/{caseNumber}"));
        await Expect(applicant.Locator("[data-testid=case-status]")).ToHaveAttributeAsync("data-status", nameof(CaseStatus.Closed));
        Assert.Equal(["submitted", "supplement-requested", "supplemented", "accepted", "reviewed", "approved", "issued"],
            await applicant.Locator("[data-testid=timeline-entry]").EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.kind)"));
        var identifier = await applicant.GetAttributeAsync("[data-testid=certificate]", "data-identifier");
        Assert.False(string.IsNullOrEmpty(identifier));
        var download = await applicant.RunAndWaitForDownloadAsync(() => applicant.ClickAsync("[data-testid=certificates] [data-testid=download-certificate]"));
        Assert.StartsWith(identifier, download.SuggestedFilename);
        Assert.Contains(identifier!, await File.ReadAllTextAsync(await download.PathAsync()));

        var verifier = await browser.NewPageAsync();
        await verifier.GotoAsync(_hall.Url($"/verify/{Uri.EscapeDataString(identifier!)}"));
        Assert.Equal(nameof(Domain.Certificates.CertificateVerificationOutcome.Valid), await verifier.GetAttributeAsync("[data-testid=verify-outcome]", "data-outcome"));
        Assert.Contains("野外用火", await verifier.TextContentAsync("[data-testid=verify-name]"));
        await verifier.ScreenshotAsync("journey-verified-certificate");

        await applicant.CheckAsync("#stars-5");
        await applicant.FillAsync("#rating-comment", "一次告知补正材料，四个工作日就拿到许可证");
        await applicant.SubmitAsync("[data-testid=submit-rating]");
        Assert.Contains("四个工作日就拿到许可证", await applicant.TextContentAsync("[data-testid=rating]"));
        await applicant.ScreenshotAsync("journey-closed-and-rated");

        // The rating shows on the public board for the forestry bureau.
        await verifier.GotoAsync(_hall.Url("/ratings"));
        Assert.Contains("谯城区林业局", await verifier.TextContentAsync("body"));
    }

    private async Task<IPage> ActAsync(string clerk, string caseNumber, string action, string opinion)
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsync(_hall, clerk);
        await page.GotoAsync(_hall.Url("/workbench"));
        await Expect(page.Locator($"[data-testid=inbox-row][data-case-number='{caseNumber}']")).ToHaveCountAsync(1);
        await page.GotoAsync(_hall.Url($"/workbench/cases/{caseNumber}"));
        await page.FillAsync($"[data-testid=form-{action}] textarea", opinion);
        await page.SubmitAsync($"[data-testid=submit-{action}]");
        await Expect(page.Locator("[data-testid=action-done]")).ToBeVisibleAsync();
        return page;
    }

    public Task InitializeAsync() => Task.CompletedTask;
    public async Task DisposeAsync() => await _hall.DisposeAsync();
}
