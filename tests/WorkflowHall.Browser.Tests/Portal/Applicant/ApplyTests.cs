using Microsoft.Playwright;
using WorkflowHall.Browser.Tests.Infrastructure;
using WorkflowHall.Domain.Matters;
using static WorkflowHall.Browser.Tests.Portal.Applicant.ApplicantCases;

namespace WorkflowHall.Browser.Tests.Portal.Applicant;

public sealed class ApplyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private readonly HallServer _hall = new();

    [Fact]
    public async Task A_demo_applicant_applies_with_uploads_and_the_receipt_names_a_case_that_holds_the_files()
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsync(_hall, "liu.weidong");
        await page.GotoAsync(_hall.Url($"/matters/{FieldFirePermit}/apply"));
        Assert.Equal("刘卫东", (await page.TextContentAsync("[data-testid=applicant-name]"))?.Trim());

        var guide = await _hall.GuideAsync(FieldFirePermit);
        var uploaded = await UploadRequiredAsync(page, guide);
        await page.FillAsync("#purpose", "承包林地防治美国白蛾，需烧除虫害枝叶约 3 亩");
        await page.ScreenshotAsync("portal-apply");
        await page.SubmitAsync("[data-testid=submit-application]");

        Assert.Contains("/receipt", page.Url);
        var number = (await page.TextContentAsync("[data-testid=case-number]"))!.Trim();
        var dossier = await _hall.DossierAsync(number);
        Assert.NotNull(dossier);
        Assert.Equal(("liu.weidong", "341602196802270531", "13637187450"), (dossier.Case.ApplicantUserName, dossier.Case.ApplicantNumber, dossier.Case.ApplicantPhone));
        Assert.Equal(uploaded.OrderBy(u => u.Key), dossier.Materials.Select(m => KeyValuePair.Create(m.MaterialName, m.FileName!)).OrderBy(u => u.Key));
        Assert.All(dossier.Materials, m => Assert.Equal(64, m.Sha256?.Length));
        Assert.Equal(uploaded.Count, await page.Locator("[data-testid=receipt-material]").CountAsync());
        // The receipt masks the ID number: the full number is not on the page.
        Assert.DoesNotContain("341602196802270531", await page.ContentAsync());
        await page.ScreenshotAsync("portal-receipt");

        await page.GotoAsync(_hall.Url("/my/cases"));
        Assert.Equal(number, await page.GetAttributeAsync("[data-testid=my-case]", "data-case-number"));
        Assert.Equal("Submitted", await page.GetAttributeAsync("[data-testid=my-case] [data-testid=case-status]", "data-status"));
        await page.ScreenshotAsync("portal-my-cases");
    }

    [Fact]
    public async Task An_oversized_upload_is_refused_with_the_size_limit_and_no_case_is_made()
    {
        await using var hall = new HallServer();
        hall.Settings["Materials:MaxBytes"] = "1024";
        var page = await browser.NewPageAsync();
        await page.SignInAsync(hall, "liu.weidong");
        await page.GotoAsync(hall.Url($"/matters/{FieldFirePermit}/apply"));

        await page.Locator("[data-testid=upload-m0]").SetInputFilesAsync(new FilePayload { Name = "申请表.pdf", MimeType = "application/pdf", Buffer = Pdf("申请表", 4096) });
        await page.Locator("#status-m0.text-danger").WaitForAsync();

        var message = await page.TextContentAsync("#status-m0");
        Assert.Contains("文件“申请表.pdf”超过 1 KB 的上限", message);
        Assert.Equal("", await page.InputValueAsync("#sha-m0"));

        // A file far over the limit (more than the form may carry) gets the same message, not a broken connection.
        await page.Locator("[data-testid=upload-m3]").SetInputFilesAsync(new FilePayload { Name = "用火方案.pdf", MimeType = "application/pdf", Buffer = Pdf("用火方案", 300 * 1024) });
        await page.Locator("#status-m3.text-danger").WaitForAsync();
        Assert.Contains("文件“用火方案.pdf”超过 1 KB 的上限", await page.TextContentAsync("#status-m3"));

        await page.FillAsync("#purpose", "烧除虫害枝叶");
        await page.SubmitAsync("[data-testid=submit-application]");
        Assert.Contains("缺少必备材料", await page.TextContentAsync("[data-testid=error]"));
        Assert.Equal(0, await hall.CaseCountAsync());
    }

    [Fact]
    public async Task An_upload_without_the_pages_antiforgery_token_is_refused()
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsync(_hall, "liu.weidong");
        await page.GotoAsync(_hall.Url($"/matters/{FieldFirePermit}/apply"));
        var form = page.APIRequest.CreateFormData();
        form.Append("file", new FilePayload { Name = "申请表.pdf", MimeType = "application/pdf", Buffer = Pdf("申请表") });

        var refused = await page.APIRequest.PostAsync(_hall.Url("/portal/uploads"), new APIRequestContextOptions { Multipart = form });
        Assert.Equal(400, refused.Status);
        Assert.Contains("页面已过期", (await refused.JsonAsync())?.GetProperty("detail").GetString());

        form.Append("__RequestVerificationToken", await page.InputValueAsync("[data-testid=apply-form] input[name=__RequestVerificationToken]"));
        var stored = await page.APIRequest.PostAsync(_hall.Url("/portal/uploads"), new APIRequestContextOptions { Multipart = form });
        Assert.Equal(200, stored.Status);
        var reply = (await stored.JsonAsync())!.Value;
        Assert.Equal(("申请表.pdf", 64), (reply.GetProperty("fileName").GetString(), reply.GetProperty("sha256").GetString()!.Length));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_village_agent_applies_for_a_villager_and_a_wrong_id_number_keeps_what_was_typed(string provider)
    {
        _hall.Provider = provider;
        var page = await browser.NewPageAsync();
        await page.SignInAsync(_hall, "zhang.jianguo");
        await page.GotoAsync(_hall.Url($"/matters/{MinimumLivingAllowance}/apply"));

        await page.FillAsync("#applicant-name", "李秀英");
        await page.FillAsync("#applicant-number", "341602195203140627");
        await page.FillAsync("#applicant-phone", "13956701248");
        await page.FillAsync("#consent", "李秀英于张集村便民服务站当面签署代办委托书");
        await page.FillAsync("#purpose", "独居老人，无劳动能力，申请最低生活保障");
        var uploaded = await UploadRequiredAsync(page, await _hall.GuideAsync(MinimumLivingAllowance));
        await page.Locator("[data-testid=upload-consent]").SetInputFilesAsync(new FilePayload { Name = "代办委托书.pdf", MimeType = "application/pdf", Buffer = Pdf("代办委托书") });
        await page.Locator("#status-consent.text-success").WaitForAsync();
        await page.SubmitAsync("[data-testid=submit-application]");

        Assert.Contains("第 18 位校验码应为 6，您输入的是 7", await page.TextContentAsync("[data-testid=error]"));
        Assert.Equal("李秀英", await page.InputValueAsync("#applicant-name"));
        Assert.Equal("341602195203140627", await page.InputValueAsync("#applicant-number"));
        Assert.Equal("13956701248", await page.InputValueAsync("#applicant-phone"));
        Assert.Contains("代办委托书", await page.InputValueAsync("#consent"));
        Assert.Contains("独居老人", await page.InputValueAsync("#purpose"));
        Assert.Equal(uploaded.Count + 1, await page.Locator("[data-testid^=upload-status-].text-success").CountAsync());
        Assert.Equal(0, await _hall.CaseCountAsync());

        await page.FillAsync("#applicant-number", "341602195203140626");
        await page.SubmitAsync("[data-testid=submit-application]");

        Assert.Contains("/receipt", page.Url);
        var dossier = await _hall.DossierAsync((await page.TextContentAsync("[data-testid=case-number]"))!.Trim());
        Assert.NotNull(dossier);
        var c = dossier.Case;
        Assert.Equal(("李秀英", "341602195203140626", "zhang.jianguo", "bz-qc-gj-zhangji", null),
            (c.ApplicantName, c.ApplicantNumber, c.AgentUserName, c.AgentUnit, c.ApplicantUserName));
        Assert.Contains("代办委托书", c.ConsentNote);
        Assert.NotNull(c.ConsentDocumentSha256);
        Assert.Equal(uploaded.Count + 1, dossier.Materials.Count); // with the signed 代办委托书

        // The agent finds the case among their own.
        await page.GotoAsync(_hall.Url("/my/cases"));
        Assert.Equal(c.CaseNumber, await page.GetAttributeAsync("[data-testid=my-case]", "data-case-number"));
    }

    [Fact]
    public async Task An_applicant_who_holds_a_certificate_uses_it_instead_of_uploading()
    {
        // wang.jianguo is issued his disability certificate (残疾人证核发), which the minimum living allowance accepts as a material.
        var disability = await _hall.ApplyAsync("wang.jianguo", DisabilityCertificate);
        var actions = _hall.Service<WorkflowHall.Data.Cases.CaseActions>();
        await actions.AcceptAsync(disability.Id, "li.na", "材料齐全").SucceedsAsync();
        await actions.CompleteStepAsync(disability.Id, "hu.wenbin", "肢体残疾三级").SucceedsAsync();
        await actions.ReviewAsync(disability.Id, "wu.min", null).SucceedsAsync();
        await actions.ApproveAsync(disability.Id, "xu.gang", null).SucceedsAsync();
        await actions.IssueAsync(disability.Id, "zhu.hong", null).SucceedsAsync();
        var certificate = Assert.Single((await _hall.DossierAsync(disability.CaseNumber))!.Certificates);

        var page = await browser.NewPageAsync();
        await page.SignInAsync(_hall, "wang.jianguo");
        await page.GotoAsync(_hall.Url($"/matters/{MinimumLivingAllowance}/apply"));
        var guide = await _hall.GuideAsync(MinimumLivingAllowance);
        var index = guide.Materials.IndexOf(guide.Materials.Single(m => m.Name == "残疾人证"));
        var choice = page.Locator($"[data-testid=use-certificate-{index}]");
        Assert.True(await choice.IsCheckedAsync());
        Assert.Contains(certificate.Identifier, await page.TextContentAsync($"label[for=source-cert-{index}]"));

        await UploadRequiredAsync(page, guide);
        await page.FillAsync("#purpose", "肢体残疾，家庭收入低于低保标准");
        await page.SubmitAsync("[data-testid=submit-application]");

        var dossier = await _hall.DossierAsync((await page.TextContentAsync("[data-testid=case-number]"))!.Trim());
        var reused = Assert.Single(dossier!.Materials, m => m.MaterialName == "残疾人证");
        Assert.Equal((certificate.Identifier, null), (reused.CertificateIdentifier, reused.Sha256));
    }

    /// <summary>Uploads a PDF for every required material that offers no certificate, waiting until each shows it was stored.</summary>
    private static async Task<Dictionary<string, string>> UploadRequiredAsync(IPage page, ServiceGuide guide)
    {
        var uploaded = new Dictionary<string, string>();
        for (var i = 0; i < guide.Materials.Length; i++)
        {
            var spec = guide.Materials[i];
            if (!spec.Mandatory) continue;
            var name = $"材料{i + 1}.pdf";
            await page.Locator($"[data-testid=upload-m{i}]").SetInputFilesAsync(new FilePayload { Name = name, MimeType = "application/pdf", Buffer = Pdf(spec.Name) });
            await page.Locator($"#status-m{i}.text-success").WaitForAsync();
            uploaded[spec.Name] = name;
        }
        return uploaded;
    }

    public Task InitializeAsync() => Task.CompletedTask;
    public async Task DisposeAsync() => await _hall.DisposeAsync();
}
