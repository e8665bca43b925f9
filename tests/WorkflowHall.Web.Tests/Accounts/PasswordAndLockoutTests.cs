using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using WorkflowHall.Data.Tests.Infrastructure;
using WorkflowHall.Web.Accounts;
using WorkflowHall.Web.Tests.Infrastructure;
using WorkflowHall.Web.Tests.Pages;

namespace WorkflowHall.Web.Tests.Accounts;

/// <summary>Passwords of eight characters with a digit, both cases and a symbol; five wrong passwords lock the account for 15 minutes.</summary>
public sealed class PasswordAndLockoutTests
{
    [Theory]
    [InlineData("Ab1@xyz", "PasswordTooShort", "密码至少 8 位")]
    [InlineData("abcdef1@", "PasswordRequiresUpper", "密码须包含大写字母")]
    [InlineData("ABCDEF1@", "PasswordRequiresLower", "密码须包含小写字母")]
    [InlineData("Abcdefg@", "PasswordRequiresDigit", "密码须包含数字")]
    [InlineData("Abcdefg1", "PasswordRequiresNonAlphanumeric", "密码须包含符号")]
    public async Task A_weak_password_is_refused_saying_what_it_lacks(string password, string code, string message)
    {
        await using var database = await TestDatabase.CreateAsync(TestDatabase.Sqlite);
        await using var node = new HallNode(database) { Settings = new Dictionary<string, string> { ["Hall:SeedDemo"] = "false" } }.Start();
        await using var scope = node.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<HallAccount>>();

        var refused = await users.CreateAsync(new HallAccount { UserName = "new.user", DisplayName = "新用户" }, password);
        var accepted = await users.CreateAsync(new HallAccount { UserName = "strong.user", DisplayName = "新用户" }, "Abcdef1@");

        var error = Assert.Single(refused.Errors);
        Assert.Equal(code, error.Code);
        Assert.StartsWith(message, error.Description);
        Assert.True(accepted.Succeeded);
        Assert.Null(await users.FindByNameAsync("new.user"));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Five_wrong_passwords_lock_the_account_for_15_minutes_and_not_its_neighbours(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var node = new HallNode(database).Start();
        var browser = new BrowserSession();

        var pages = new List<string>();
        DateTimeOffset fifthFrom = default, fifthTo = default;
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            fifthFrom = DateTimeOffset.UtcNow;
            var wrong = await browser.SignInAsync(node, node, "sun.lixin", "Wrong#" + attempt + "pw");
            fifthTo = DateTimeOffset.UtcNow;
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
            pages.Add(await wrong.Content.ReadAsStringAsync());
        }
        var right = await browser.SignInAsync(node, node, "sun.lixin", DemoAccountTests.DemoPassword);

        Assert.All(pages.Take(4), page => Assert.Contains("用户名或密码错误", page));
        Assert.Contains("账号已锁定，请 15 分钟后再试", pages[4]);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains("账号已锁定", await right.Content.ReadAsStringAsync());
        Assert.Null(browser.Cookie(BrowserSession.LoginCookie));
        await using (var scope = node.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<HallAccount>>();
            var lockedUntil = await users.GetLockoutEndDateAsync((await users.FindByNameAsync("sun.lixin"))!);
            // Locked for 15 minutes from the fifth wrong attempt.
            Assert.InRange(lockedUntil!.Value, fifthFrom.AddMinutes(15), fifthTo.AddMinutes(15));
        }

        var neighbour = await new BrowserSession().SignInAsync(node, node, "zhou.min", DemoAccountTests.DemoPassword);
        Assert.Equal(HttpStatusCode.Found, neighbour.StatusCode);
    }
}
