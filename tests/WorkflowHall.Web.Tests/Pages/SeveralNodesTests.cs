using System.Net;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkflowHall.Web.Accounts;
using WorkflowHall.Web.Tests.Infrastructure;

namespace WorkflowHall.Web.Tests.Pages;

/// <summary>
/// Two web nodes on one database, behind a load balancer that sends each request where it likes: a
/// form from one node posts to the other, and a login made on one is good on the other. Nothing a node
/// needs for that may live in its memory alone.
/// </summary>
public sealed class SeveralNodesTests
{
    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_login_form_from_one_node_signs_in_on_the_other_and_the_login_holds_on_both(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var a = new HallNode(database);
        await using var b = new HallNode(database);
        await Task.WhenAll(Task.Run(a.Start), Task.Run(b.Start));
        var browser = new BrowserSession();

        var signIn = await browser.SignInAsync(formFrom: a, postTo: b, "zhou.min", "Hall@2026");

        Assert.Equal(HttpStatusCode.Found, signIn.StatusCode);
        Assert.Equal("/account/home", signIn.Headers.Location!.OriginalString.Replace("http://localhost", ""));
        Assert.NotNull(browser.Cookie(BrowserSession.LoginCookie));
        var home = await browser.GetAsync(a, "/account/home");
        Assert.Equal("/workbench", home.Headers.Location?.OriginalString);
        var page = await (await browser.GetAsync(a, "/")).Content.ReadAsStringAsync();
        Assert.Contains("data-testid=\"signed-in-as\"", page);
        Assert.Contains("周敏", page);

        // The sign-out form of node B's page, posted to node A.
        var logout = await browser.PostAsync(a, "/account/logout", BrowserSession.HiddenFields(
            await (await browser.GetAsync(b, "/")).Content.ReadAsStringAsync(), action: "/account/logout"));
        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);
        Assert.Null(browser.Cookie(BrowserSession.LoginCookie));
        var afterwards = await browser.GetAsync(b, "/account/home");
        Assert.StartsWith("http://localhost/account/login", afterwards.Headers.Location?.OriginalString);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Nodes_starting_together_share_one_data_protection_key(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var settings = new Dictionary<string, string> { ["Hall:SeedDemo"] = "false" };
        await using var a = new HallNode(database) { Settings = settings };
        await using var b = new HallNode(database) { Settings = settings };
        await using var c = new HallNode(database) { Settings = settings };

        await Task.WhenAll(Task.Run(a.Start), Task.Run(b.Start), Task.Run(c.Start));

        await using var db = await a.Services.GetRequiredService<IDbContextFactory<AccountsDbContext>>().CreateDbContextAsync();
        var key = Assert.Single(await db.DataProtectionKeys.ToListAsync());
        Assert.StartsWith("key-", key.FriendlyName);
        var protectedOnB = Protector(b).Protect("受理通知书");
        Assert.Equal("受理通知书", Protector(a).Unprotect(protectedOnB));
        Assert.Equal("受理通知书", Protector(c).Unprotect(Protector(a).Protect("受理通知书")));
    }

    private static IDataProtector Protector(HallNode node) =>
        node.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("WorkflowHall.Tests");
}
