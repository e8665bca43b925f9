using WorkflowHall.Browser.Tests.Infrastructure;

namespace WorkflowHall.Browser.Tests.Portal.Public;

public sealed class VerifyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private readonly HallServer _hall = new();

    [Fact]
    public async Task A_valid_certificate_shows_its_holder_with_the_number_masked_its_issuer_and_dates()
    {
        var (_, identifier) = await new PublicCases(_hall).IssuedAsync();
        var page = await browser.NewPageAsync();
        await page.GotoAsync(_hall.Url("/verify"));
        await page.FillAsync("#id", identifier);
        await page.SubmitAsync("[data-testid=verify-submit]");

        Assert.Equal("Valid", await page.GetAttributeAsync("[data-testid=verify-outcome]", "data-outcome"));
        Assert.Equal("有效", (await page.TextContentAsync("[data-testid=verify-outcome]"))?.Trim());
        Assert.Equal("野外用火许可证", await page.TextContentAsync("[data-testid=verify-name]"));
        Assert.Equal(PublicCases.ApplicantName, await page.TextContentAsync("[data-testid=verify-holder]"));
        Assert.Equal("3416**********0531", await page.TextContentAsync("[data-testid=verify-holder-number]"));
        Assert.DoesNotContain(PublicCases.ApplicantNumber, await page.ContentAsync());
        Assert.Equal("亳州市谯城区林业局", await page.TextContentAsync("[data-testid=verify-issuer]"));
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", await page.TextContentAsync("[data-testid=verify-issued]"));
        await page.ScreenshotAsync("portal-verify");
    }

    [Fact]
    public async Task The_address_in_the_QR_code_opens_the_verification_of_a_revoked_certificate_with_date_and_reason()
    {
        var cases = new PublicCases(_hall);
        var (_, identifier) = await cases.IssuedAsync();
        var revoked = await cases.Certificates.RevokeAsync(identifier, "用火期满，申请人申请注销", "huang.li");
        Assert.True(revoked.Succeeded, revoked.Error?.ToString());

        var page = await browser.NewPageAsync();
        var qr = new Uri(cases.Certificates.VerifyUrl(identifier));
        await page.GotoAsync(_hall.Url(qr.AbsolutePath));

        Assert.Equal("已注销", (await page.TextContentAsync("[data-testid=verify-outcome]"))?.Trim());
        Assert.Equal("用火期满，申请人申请注销", await page.TextContentAsync("[data-testid=verify-revoked-reason]"));
        Assert.Matches(@"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$", await page.TextContentAsync("[data-testid=verify-revoked-at]"));
    }

    [Fact]
    public async Task A_changed_certificate_says_so_and_links_the_version_in_force()
    {
        var cases = new PublicCases(_hall);
        var (_, identifier) = await cases.IssuedAsync();
        var changed = await cases.Certificates.ChangeAsync(identifier, [new("用火地点", "古井镇古井社区北坡")], "更正用火地点", "huang.li");
        Assert.True(changed.Succeeded, changed.Error?.ToString());

        var page = await browser.NewPageAsync();
        await page.GotoAsync(_hall.Url("/verify/" + identifier));
        Assert.Equal("已变更", (await page.TextContentAsync("[data-testid=verify-outcome]"))?.Trim());
        Assert.Equal(changed.Value!.Identifier, await page.TextContentAsync("[data-testid=verify-successor]"));

        await page.SubmitAsync("[data-testid=verify-successor]");
        Assert.Equal("有效", (await page.TextContentAsync("[data-testid=verify-outcome]"))?.Trim());
    }

    [Fact]
    public async Task An_identifier_never_issued_here_is_reported_as_not_existing_and_a_malformed_one_says_what_is_wrong()
    {
        var cases = new PublicCases(_hall);
        var (_, identifier) = await cases.IssuedAsync();
        // Same type, issuer and check scheme, another serial: well-formed, but never issued.
        var parts = identifier.Split('.');
        var other = WorkflowHall.Domain.Certificates.CertificateIdentifier.Create(parts[5], parts[6], "20990101000199", 1).Value!.ToString();

        var page = await browser.NewPageAsync();
        await page.GotoAsync(_hall.Url("/verify?id=" + other));
        Assert.Equal("NotFound", await page.GetAttributeAsync("[data-testid=verify-outcome]", "data-outcome"));
        Assert.Equal("不存在", (await page.TextContentAsync("[data-testid=verify-outcome]"))?.Trim());

        await page.GotoAsync(_hall.Url("/verify?id=1.2.3"));
        Assert.Equal(1, await page.Locator("[data-testid=error]").CountAsync());
        Assert.Equal(0, await page.Locator("[data-testid=verify-result]").CountAsync());
    }

    public Task InitializeAsync() => Task.CompletedTask;
    public async Task DisposeAsync() => await _hall.DisposeAsync();
}
