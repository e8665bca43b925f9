using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkflowHall.Data;
using WorkflowHall.Web.Tests.Api;
using WorkflowHall.Web.Tests.Infrastructure;

namespace WorkflowHall.Web.Tests.Pages;

/// <summary>
/// Issue 11, findings 5 and 6 at the pages' door, on each database: the workbench shows the applicant masked and reveals
/// the full number only for a reason, which the auditor then reads on the case's audit page; the filing agent sees the
/// villager masked and cannot open her materials; the villager sees the filing among her cases and revokes it.
/// </summary>
public sealed class PersonalDataPageTests
{
    private const string DemoPassword = "Hall@2026";
    private const string LiuNumber = "341602196802270531";
    private const string LiuPhone = "13637187450";
    private const string LiNumber = "341602195203140626";

    private static async Task<BrowserSession> SignedInAsync(HallNode node, string user)
    {
        var browser = new BrowserSession();
        var response = await browser.SignInAsync(node, node, user, DemoPassword);
        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Redirect or HttpStatusCode.Found, $"{user}: {(int)response.StatusCode}");
        return browser;
    }

    private static async Task<string> HtmlAsync(BrowserSession browser, HallNode node, string path, HttpStatusCode status = HttpStatusCode.OK)
    {
        var response = await browser.GetAsync(node, path);
        Assert.Equal(status, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private static async Task<HttpResponseMessage> PostFormAsync(BrowserSession browser, HallNode node, string path, string handler, params (string, string)[] fields)
    {
        var hidden = await browser.FormAsync(node, path);
        var posted = new Dictionary<string, string>
        {
            [BrowserSession.AntiforgeryField] = hidden[BrowserSession.AntiforgeryField],
            ["_handler"] = handler,
        };
        foreach (var (name, value) in fields) posted[name] = value;
        return await browser.PostAsync(node, path, posted);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_clerk_sees_the_applicant_masked_reveals_with_a_reason_and_the_auditor_reads_the_reveal(string provider)
    {
        await using var hall = await CaseApiFixture.StartAsync(provider);
        var node = hall.Node;
        var path = "/workbench/cases/" + hall.Case.CaseNumber;
        var clerk = await SignedInAsync(node, "wang.fang");

        var page = await HtmlAsync(clerk, node, path);
        Assert.Contains("3416**********0531", page);
        Assert.Contains("136****7450", page);
        Assert.DoesNotContain(LiuNumber, page);
        Assert.Contains("data-testid=\"reveal-form\"", page);

        var refused = await (await PostFormAsync(clerk, node, path, "reveal", ("Reveal.Reason", " "))).Content.ReadAsStringAsync();
        Assert.Contains("查看完整信息须填写理由", refused);
        Assert.DoesNotContain(LiuNumber, refused);

        var revealed = await (await PostFormAsync(clerk, node, path, "reveal", ("Reveal.Reason", "核对身份证原件"))).Content.ReadAsStringAsync();
        Assert.Contains(LiuNumber, revealed);
        Assert.Contains(LiuPhone, revealed);
        Assert.Contains("data-testid=\"revealed\"", revealed);
        Assert.DoesNotContain(LiuNumber, await HtmlAsync(clerk, node, path)); // the next visit is masked again

        var auditor = await SignedInAsync(node, "feng.xue");
        var audit = await HtmlAsync(auditor, node, "/audit/cases/" + hall.Case.CaseNumber);
        Assert.Contains("data-testid=\"reveal-entry\" data-user=\"wang.fang\"", audit);
        Assert.Contains("核对身份证原件", audit);
        Assert.Contains("刘**", audit);
        Assert.DoesNotContain(LiuNumber, audit);
        Assert.DoesNotContain("刘卫东", audit);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_agent_sees_the_villager_masked_without_her_materials_and_the_villager_revokes_the_filing(string provider)
    {
        await using var hall = await CaseApiFixture.StartAsync(provider);
        var node = hall.Node;
        var filed = await PersonalDataApiTests.AgentFilesAsync(hall, LiNumber, "李秀英");
        Assert.True(filed.Succeeded, filed.Error?.ToString());
        var number = filed.Value!.CaseNumber;
        await using var db = await node.Services.GetRequiredService<IDbContextFactory<HallDbContext>>().CreateDbContextAsync();
        var material = await db.CaseMaterials.FirstAsync(m => m.CaseId == filed.Value.Id && m.Sha256 != null);

        var agent = await SignedInAsync(node, "zhang.jianguo");
        var agentPage = await HtmlAsync(agent, node, "/workbench/cases/" + number);
        Assert.Contains("3416**********0626", agentPage);
        Assert.Contains("139****1248", agentPage);
        Assert.DoesNotContain(LiNumber, agentPage);
        Assert.DoesNotContain("data-testid=\"material-preview\"", agentPage);
        Assert.DoesNotContain("reveal-form", agentPage);
        Assert.Equal(HttpStatusCode.Forbidden, (await agent.GetAsync(node, $"/workbench/cases/{number}/materials/{material.Id}")).StatusCode);
        Assert.DoesNotContain(LiNumber, await HtmlAsync(agent, node, "/workbench/agent"));
        // The clerk who handles it opens the same material.
        var clerk = await SignedInAsync(node, "wang.fang");
        Assert.Equal(HttpStatusCode.OK, (await clerk.GetAsync(node, $"/workbench/cases/{number}/materials/{material.Id}")).StatusCode);

        var villager = await SignedInAsync(node, "li.xiuying");
        Assert.Contains(number, await HtmlAsync(villager, node, "/my/cases"));
        var mine = "/my/cases/" + number;
        Assert.Contains("data-testid=\"revoke-agent-form\"", await HtmlAsync(villager, node, mine));
        await PostFormAsync(villager, node, mine, "revoke-agent", ("Revoke.Reason", "我没有委托代办"));

        var after = await HtmlAsync(villager, node, mine);
        Assert.Contains("data-testid=\"agent-revoked\"", after);
        await using (var check = await node.Services.GetRequiredService<IDbContextFactory<HallDbContext>>().CreateDbContextAsync())
        {
            Assert.Equal("Withdrawn", (await check.Cases.SingleAsync(c => c.Id == filed.Value.Id)).Status);
        }
        Assert.Equal(HttpStatusCode.Forbidden, (await agent.GetAsync(node, "/workbench/cases/" + number)).StatusCode);
        Assert.Contains("data-testid=\"agent-case-revoked\"", await HtmlAsync(agent, node, "/workbench/agent"));
    }
}
