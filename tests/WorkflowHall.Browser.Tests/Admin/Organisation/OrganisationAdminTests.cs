using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkflowHall.Browser.Tests.Infrastructure;
using WorkflowHall.Browser.Tests.Workbench;
using WorkflowHall.Data;
using static Microsoft.Playwright.Assertions;

namespace WorkflowHall.Browser.Tests.Admin.Organisation;

public sealed class OrganisationAdminTests(BrowserFixture browser) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private readonly HallServer _hall = new();

    [Fact]
    public async Task A_unit_with_a_wrong_check_character_is_refused_at_the_code_and_a_right_one_is_added_to_the_tree()
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsync(_hall, "qian.lei");
        await page.GotoAsync(_hall.Url("/admin/organisation"));
        await Expect(page.Locator("[data-testid=unit-node][data-code='bz-qc-forestry']")).ToBeVisibleAsync();
        await Expect(page.Locator("[data-testid=directory-delay]")).ToContainTextAsync("30 秒");

        await page.SelectOptionAsync("#unit-parent", "bz-qc");
        await page.FillAsync("#unit-code", "bz-qc-water");
        await page.FillAsync("#unit-name", "亳州市谯城区水利局");
        await page.FillAsync("#unit-region", "341602");
        await page.SelectOptionAsync("#unit-level", "County");
        await page.SelectOptionAsync("#unit-kind", "Department");
        await page.FillAsync("#unit-uscc", "11341602003060412X");
        await page.SubmitAsync("[data-testid=add-unit-submit]");

        await Expect(page.Locator("[data-testid=error-uscc]")).ToHaveTextAsync("统一社会信用代码有误：第 18 位校验码应为 P，您输入的是 X");
        await Expect(page.Locator("#unit-uscc")).ToHaveValueAsync("11341602003060412X");
        await Expect(page.Locator("#unit-name")).ToHaveValueAsync("亳州市谯城区水利局");
        Assert.Equal(0, await page.Locator("[data-testid=unit-node][data-code='bz-qc-water']").CountAsync());
        await page.ScreenshotAsync("admin-organisation");

        await page.FillAsync("#unit-uscc", "11341602003060412P");
        await page.SubmitAsync("[data-testid=add-unit-submit]");

        await Expect(page.Locator("[data-testid=unit-added]")).ToContainTextAsync("亳州市谯城区水利局");
        var added = page.Locator("[data-testid=unit-node][data-code='bz-qc-water']");
        await Expect(added).ToBeVisibleAsync();
        Assert.Equal(1, await page.Locator("[data-testid=unit-node][data-code='bz-qc'] [data-testid=unit-node][data-code='bz-qc-water']").CountAsync());
        await added.Locator("[data-testid=unit-link]").ClickAsync();
        await Expect(page.Locator("[data-testid=unit-uscc]")).ToHaveTextAsync("11341602003060412P");
        await Expect(page.Locator("[data-testid=no-holdings]")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task New_staff_given_a_post_in_a_unit_sees_that_units_work_on_the_workbench()
    {
        var applied = await WorkbenchCases.ApplyForFirePermitAsync(_hall);
        var page = await browser.NewPageAsync();
        await page.SignInAsync(_hall, "qian.lei");
        await page.GotoAsync(_hall.Url("/admin/organisation/people"));

        // The initial password must meet the rules.
        await page.FillAsync("#staff-user", "qin.hai");
        await page.FillAsync("#staff-name", "秦海");
        await page.FillAsync("#staff-phone", "13905587788");
        await page.FillAsync("#staff-password", "qinhai2026");
        await page.SubmitAsync("[data-testid=add-staff-submit]");
        await Expect(page.Locator("[data-testid=error-password]")).ToContainTextAsync("密码须包含大写字母");
        await page.FillAsync("#staff-password", "Qinhai@2026");
        await page.SubmitAsync("[data-testid=add-staff-submit]");
        await Expect(page.Locator("[data-testid=staff-added]")).ToContainTextAsync("秦海");
        var row = page.Locator("[data-testid=person][data-user='qin.hai']");
        await Expect(row.Locator("[data-testid=person-phone]")).ToHaveTextAsync("139****7788");

        await page.GotoAsync(_hall.Url("/admin/organisation/units/bz-qc-forestry"));
        await page.SelectOptionAsync("#assign-user", "qin.hai");
        await page.SelectOptionAsync("#assign-post-code", "window-acceptance");
        await page.SubmitAsync("[data-testid=assign-submit]");
        await Expect(page.Locator("[data-testid=holding][data-user='qin.hai'][data-post='window-acceptance']")).ToBeVisibleAsync();

        var clerk = await browser.NewPageAsync();
        await clerk.SignInAsync(_hall, "qin.hai", "Qinhai@2026");
        await clerk.GotoAsync(_hall.Url("/workbench"));
        await Expect(clerk.Locator($"[data-testid=inbox-row][data-case-number='{applied.CaseNumber}']")).ToBeVisibleAsync();

        // Taking the post back takes the work away.
        await page.SubmitAsync("[data-testid=holding][data-user='qin.hai'] [data-testid=remove-holding]");
        await Expect(page.Locator("[data-testid=post-changed]")).ToHaveTextAsync("已取消岗位。");
        await clerk.ReloadAsync();
        await Expect(clerk.Locator("[data-testid=inbox-row]")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task A_village_agent_post_gives_the_agent_pages_and_taking_it_back_takes_them_away()
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsync(_hall, "qian.lei");
        await page.GotoAsync(_hall.Url("/admin/organisation/units/bz-qc-gj-zhangji"));
        await page.SelectOptionAsync("#assign-user", "li.qiang");
        await page.SelectOptionAsync("#assign-post-code", "village-agent");
        await page.SubmitAsync("[data-testid=assign-submit]");

        var agent = await browser.NewPageAsync();
        await agent.SignInAsync(_hall, "li.qiang");
        Assert.Equal(200, (await agent.GotoAsync(_hall.Url("/workbench/agent")))!.Status);

        await page.SubmitAsync("[data-testid=holding][data-user='li.qiang'][data-post='village-agent'] [data-testid=remove-holding]");
        var later = await browser.NewPageAsync();
        await later.SignInAsync(_hall, "li.qiang");
        Assert.Equal(403, (await later.GotoAsync(_hall.Url("/workbench/agent")))!.Status);
    }

    [Fact]
    public async Task Applicants_are_listed_with_their_numbers_and_phones_masked()
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsync(_hall, "qian.lei");
        await page.GotoAsync(_hall.Url("/admin/organisation/people?applicants=true"));

        var row = page.Locator("[data-testid=person][data-user='liu.weidong']");
        await Expect(row.Locator("[data-testid=person-number]")).ToHaveTextAsync("3416**********0531");
        Assert.DoesNotContain(WorkbenchCases.LiuWeidongNumber, await page.ContentAsync());
        Assert.DoesNotContain(WorkbenchCases.LiuWeidongPhone, await page.ContentAsync());
        await using var db = await _hall.Services.GetRequiredService<IDbContextFactory<HallDbContext>>().CreateDbContextAsync();
        Assert.Equal(await db.People.CountAsync(p => p.Kind == "person" || p.Kind == "enterprise"), await page.Locator("[data-testid=person]").CountAsync());
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _hall.DisposeAsync();
}
