using System.Net;
using WorkflowHall.Web.Tests.Infrastructure;

namespace WorkflowHall.Web.Tests.Pages;

/// <summary>Guessing passwords is slowed per client address: a few login posts a minute, then 429 in plain words; reading the page is never limited.</summary>
public sealed class LoginRateLimitTests
{
    [Fact]
    public async Task The_fourth_login_post_within_the_minute_is_refused_with_429_and_reading_the_page_is_not_limited()
    {
        await using var database = await TestDatabase.CreateAsync(TestDatabase.Sqlite);
        await using var node = new HallNode(database) { Settings = new Dictionary<string, string> { ["Accounts:LoginAttemptsPerMinute"] = "3" } }.Start();
        var browser = new BrowserSession();

        var statuses = new List<HttpStatusCode>();
        for (var attempt = 1; attempt <= 4; attempt++) statuses.Add((await browser.SignInAsync(node, node, "zhou.min", "Wrong#1pw")).StatusCode);
        var rightButTooSoon = await browser.SignInAsync(node, node, "zhou.min", "Hall@2026");
        var reads = new List<HttpStatusCode>();
        for (var read = 1; read <= 10; read++) reads.Add((await browser.GetAsync(node, "/account/login")).StatusCode);

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.TooManyRequests, rightButTooSoon.StatusCode);
        Assert.Contains("请求过于频繁，请一分钟后再试", await rightButTooSoon.Content.ReadAsStringAsync());
        Assert.Null(browser.Cookie(BrowserSession.LoginCookie));
        Assert.All(reads, status => Assert.Equal(HttpStatusCode.OK, status));
    }
}
