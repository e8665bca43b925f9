using System.Net;
using WorkflowHall.Web.Tests.Infrastructure;

namespace WorkflowHall.Web.Tests.Pages;

/// <summary>What a browser is told to enforce, forms no other site can post, and the API's own way of saying "who are you".</summary>
public sealed class SecurityTests(NodeFixture fixture) : IClassFixture<NodeFixture>
{
    private readonly HallNode _node = fixture.Node;

    [Theory]
    [InlineData("GET", "/", 200)]
    [InlineData("GET", "/account/login", 200)]
    [InlineData("GET", "/account/denied", 200)]
    [InlineData("GET", "/no-such-page", 302)] // to the login page first, like any page not marked public
    [InlineData("GET", "/account/home", 302)]
    [InlineData("GET", "/workbench", 302)]
    [InlineData("GET", "/dist/app.js", 200)]
    [InlineData("POST", "/account/login", 400)]
    [InlineData("GET", "/api/definitions", 401)]
    public async Task Every_response_carries_the_security_headers(string method, string path, int status)
    {
        var response = await new BrowserSession().On(_node).SendAsync(new HttpRequestMessage(new HttpMethod(method), path)
        {
            Content = method == "POST" ? new FormUrlEncodedContent([]) : null,
        });

        Assert.Equal(status, (int)response.StatusCode);
        var csp = Header(response, "Content-Security-Policy");
        Assert.Contains("script-src 'self'", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Contains("object-src 'none'", csp);
        Assert.DoesNotContain("unsafe-eval", csp);
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("strict-origin-when-cross-origin", Header(response, "Referrer-Policy"));
    }

    [Fact]
    public async Task A_login_post_without_the_form_token_is_refused()
    {
        var response = await new BrowserSession().PostAsync(_node, "/account/login",
            [new("_handler", "login"), new("Input.UserName", "zhou.min"), new("Input.Password", DemoPassword)]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(Cookie(response, BrowserSession.LoginCookie));
    }

    [Fact]
    public async Task A_sign_out_posted_from_another_site_without_the_form_token_is_refused_and_the_user_stays_signed_in()
    {
        var browser = new BrowserSession();
        Assert.Equal(HttpStatusCode.Found, (await browser.SignInAsync(_node, _node, "zhou.min", DemoPassword)).StatusCode);

        var forged = await browser.PostAsync(_node, "/account/logout", []);

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Contains("表单已过期或不是从本站提交的", await forged.Content.ReadAsStringAsync());
        Assert.NotNull(browser.Cookie(BrowserSession.LoginCookie));
        Assert.Equal("/workbench", (await browser.GetAsync(_node, "/account/home")).Headers.Location?.OriginalString);

        var fields = BrowserSession.HiddenFields(await (await browser.GetAsync(_node, "/")).Content.ReadAsStringAsync(), action: "/account/logout");
        var real = await browser.PostAsync(_node, "/account/logout", fields);
        Assert.Equal(HttpStatusCode.Redirect, real.StatusCode);
        Assert.Null(browser.Cookie(BrowserSession.LoginCookie));
    }

    [Fact]
    public async Task The_api_answers_401_problem_json_without_a_key_and_never_sends_to_the_login_page()
    {
        var client = new BrowserSession().On(_node);

        var anonymous = await client.GetAsync("/api/definitions");
        var signedInByCookieOnly = await SignedIn().GetAsync("/api/definitions");
        using var keyed = new HttpRequestMessage(HttpMethod.Get, "/api/definitions") { Headers = { { "X-Api-Key", HallApiFactory.ClerkKey } } };
        var withKey = await client.SendAsync(keyed);

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal("application/problem+json", anonymous.Content.Headers.ContentType?.MediaType);
        Assert.Null(anonymous.Headers.Location);
        Assert.Equal(HttpStatusCode.Unauthorized, signedInByCookieOnly.StatusCode);
        Assert.Equal(HttpStatusCode.OK, withKey.StatusCode);
        Assert.Contains("standard-approval", await withKey.Content.ReadAsStringAsync());

        HttpClient SignedIn()
        {
            var browser = new BrowserSession();
            browser.SignInAsync(_node, _node, "qian.lei", DemoPassword).GetAwaiter().GetResult();
            return browser.On(_node);
        }
    }

    private const string DemoPassword = "Hall@2026";

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(",", values)
        : response.Content.Headers.TryGetValues(name, out var content) ? string.Join(",", content)
        : throw new Xunit.Sdk.XunitException($"{(int)response.StatusCode} {response.RequestMessage?.RequestUri} has no {name} header");

    private static string? Cookie(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies.FirstOrDefault(c => c.StartsWith(name + "=")) : null;
}
