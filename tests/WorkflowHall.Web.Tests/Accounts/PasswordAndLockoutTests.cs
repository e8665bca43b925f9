using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using WorkflowHall.Web.Accounts;
using WorkflowHall.Web.Tests.Infrastructure;
using WorkflowHall.Web.Tests.Pages;

namespace WorkflowHall.Web.Tests.Accounts;

/// <summary>Passwords of eight characters with a digit, both cases and a symbol; five wrong passwords lock the account for 15 minutes, which nobody can tell from outside.</summary>
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
    public async Task A_locked_account_answers_exactly_as_a_wrong_password_and_an_unknown_user(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var hall = new HallNode(database) { Settings = new Dictionary<string, string> { ["Accounts:LoginAttemptsPerMinute"] = "100" } }.Start();
        var hashes = new CountingPasswordHasher();
        await using var node = hall.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.AddScoped<IPasswordHasher<HallAccount>>(provider => hashes.Over(ActivatorUtilities.CreateInstance<PasswordHasher<HallAccount>>(provider)))));
        for (var attempt = 1; attempt <= 5; attempt++) await new BrowserSession().SignInAsync(node, node, "sun.lixin", "Wrong#" + attempt + "pw");
        await using (var scope = node.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<HallAccount>>();
            Assert.True(await users.IsLockedOutAsync((await users.FindByNameAsync("sun.lixin"))!));
        }

        var answers = new Dictionary<string, (HttpStatusCode Status, string Page, int HashesChecked, string? Cookie)>();
        foreach (var (what, userName, password) in new[]
        {
            ("wrong password", "zhou.min", "Wrong#1pw"),
            ("unknown user", "no.such.person", "Wrong#1pw"),
            ("locked, wrong password", "sun.lixin", "Wrong#6pw"),
            ("locked, right password", "sun.lixin", DemoAccountTests.DemoPassword),
        })
        {
            var browser = new BrowserSession();
            var form = await browser.FormAsync(node, "/account/login");
            form["Input.UserName"] = userName;
            form["Input.Password"] = password;
            hashes.Reset();
            var response = await browser.PostAsync(node, "/account/login", form);
            // The page echoes the user name typed and carries a fresh form token; everything else must be the same.
            var page = Regex.Replace((await response.Content.ReadAsStringAsync()).Replace(userName, "{user}"), "value=\"[^\"]{40,}\"", "value=\"{token}\"");
            answers[what] = (response.StatusCode, page, hashes.Verified, browser.Cookie(BrowserSession.LoginCookie));
        }

        var wrong = answers["wrong password"];
        Assert.Equal(HttpStatusCode.OK, wrong.Status);
        Assert.Contains("用户名或密码错误", wrong.Page);
        Assert.DoesNotContain("Wrong#1pw", wrong.Page);
        Assert.Equal(1, wrong.HashesChecked);
        Assert.All(answers, answer =>
        {
            Assert.Equal(wrong.Status, answer.Value.Status);
            Assert.Equal(wrong.Page, answer.Value.Page);
            Assert.Equal(1, answer.Value.HashesChecked);
            Assert.Null(answer.Value.Cookie);
        });
        // The lockout itself stays: the right password opens nothing until it ends.
        await using (var scope = node.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<HallAccount>>();
            Assert.True(await users.IsLockedOutAsync((await users.FindByNameAsync("sun.lixin"))!));
        }
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

        Assert.All(pages, page => Assert.Contains("用户名或密码错误", page));
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains("用户名或密码错误", await right.Content.ReadAsStringAsync());
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
