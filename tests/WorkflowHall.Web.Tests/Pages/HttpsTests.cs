using System.Net;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.AspNetCore.TestHost;
using WorkflowHall.Web.Tests.Infrastructure;

namespace WorkflowHall.Web.Tests.Pages;

/// <summary>
/// Served over HTTPS (by the hall itself or by a TLS proxy it knows), every response carries HSTS and every cookie
/// is <c>Secure</c>; over plain HTTP, as <c>dotnet run</c> on localhost is, neither — or the hall would stop working there.
/// </summary>
public sealed class HttpsTests : IAsyncLifetime
{
    private const string Proxy = "10.20.0.7";
    private TestDatabase _database = null!;
    private HallNode _node = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(TestDatabase.Sqlite);
        _node = new HallNode(_database) { Settings = new Dictionary<string, string> { [$"ForwardedHeaders:KnownProxies:0"] = Proxy } }.Start();
    }

    public async Task DisposeAsync()
    {
        await _node.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task Over_https_every_response_carries_hsts_and_the_login_antiforgery_and_language_cookies_are_secure()
    {
        var visit = await VisitAsync("https://hall.example.gov.cn");

        Assert.All(visit.Responses, response => Assert.StartsWith("max-age=31536000", Hsts(response)));
        Assert.Equal([".AspNetCore.Culture", ".WorkflowHall.Antiforgery", ".WorkflowHall.Login"], visit.Cookies.Keys.Order(StringComparer.Ordinal));
        Assert.All(visit.Cookies, cookie => Assert.Contains("; secure", cookie.Value, StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("http://hall.example.gov.cn")]
    [InlineData("http://localhost:5080")]
    public async Task Over_plain_http_there_is_no_hsts_and_no_cookie_is_marked_secure_so_the_hall_still_works(string origin)
    {
        var visit = await VisitAsync(origin);

        Assert.All(visit.Responses, response => Assert.Null(Hsts(response)));
        Assert.Equal(3, visit.Cookies.Count);
        Assert.All(visit.Cookies, cookie => Assert.DoesNotContain("secure", cookie.Value, StringComparison.OrdinalIgnoreCase));
        Assert.Equal(HttpStatusCode.Found, visit.Responses[^1].StatusCode); // signed in
    }

    [Fact]
    public async Task Browsers_are_never_told_to_insist_on_https_for_localhost()
    {
        var visit = await VisitAsync("https://localhost:5081");

        Assert.All(visit.Responses, response => Assert.Null(Hsts(response)));
        Assert.All(visit.Cookies, cookie => Assert.Contains("; secure", cookie.Value, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Behind_a_known_tls_proxy_the_forwarded_scheme_counts()
    {
        var context = await ThroughProxyAsync(Proxy);

        Assert.Equal("https", context.Request.Scheme);
        Assert.Equal("203.0.113.9", context.Connection.RemoteIpAddress?.ToString());
        Assert.StartsWith("max-age=31536000", context.Response.Headers.StrictTransportSecurity.ToString());
        Assert.Contains("; secure", context.Response.Headers.SetCookie.ToString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Anyone_else_cannot_claim_https_or_another_client_address_with_forwarded_headers()
    {
        var context = await ThroughProxyAsync("198.51.100.20");

        Assert.Equal("http", context.Request.Scheme);
        Assert.Equal("198.51.100.20", context.Connection.RemoteIpAddress?.ToString());
        Assert.Equal("", context.Response.Headers.StrictTransportSecurity.ToString());
        Assert.DoesNotContain("secure", context.Response.Headers.SetCookie.ToString(), StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Opens the login page, switches the language and signs in: every kind of cookie the hall sets, and every response on the way.</summary>
    private async Task<(List<HttpResponseMessage> Responses, Dictionary<string, string> Cookies)> VisitAsync(string origin)
    {
        var client = _node.CreateDefaultClient(new Uri(origin), new CookieContainerHandler(new CookieContainer()));
        var responses = new List<HttpResponseMessage> { await client.GetAsync("/culture/zh-CN?returnUrl=/account/login") };
        var login = await client.GetAsync("/account/login");
        responses.Add(login);
        var fields = BrowserSession.HiddenFields(await login.Content.ReadAsStringAsync());
        fields["Input.UserName"] = "zhou.min";
        fields["Input.Password"] = "Hall@2026";
        responses.Add(await client.PostAsync("/account/login", new FormUrlEncodedContent(fields)));

        var cookies = responses.SelectMany(r => r.Headers.TryGetValues("Set-Cookie", out var values) ? values : [])
            .GroupBy(c => c[..c.IndexOf('=')]).ToDictionary(g => g.Key, g => g.Last());
        return (responses, cookies);
    }

    private Task<Microsoft.AspNetCore.Http.HttpContext> ThroughProxyAsync(string from) => _node.Server.SendAsync(context =>
    {
        context.Request.Method = "GET";
        context.Request.Scheme = "http";
        context.Request.Host = new Microsoft.AspNetCore.Http.HostString("hall.example.gov.cn");
        context.Request.Path = "/account/login";
        context.Request.Headers["X-Forwarded-Proto"] = "https";
        context.Request.Headers["X-Forwarded-For"] = "203.0.113.9";
        context.Connection.RemoteIpAddress = IPAddress.Parse(from);
    });

    private static string? Hsts(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Strict-Transport-Security", out var values) ? string.Join(",", values) : null;
}
