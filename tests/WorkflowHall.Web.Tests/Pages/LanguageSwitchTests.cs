using System.Net;
using WorkflowHall.Web.Tests.Infrastructure;

namespace WorkflowHall.Web.Tests.Pages;

/// <summary>The language switch sends the visitor back where they were, and only ever to a page of the hall.</summary>
public sealed class LanguageSwitchTests(NodeFixture fixture) : IClassFixture<NodeFixture>
{
    private readonly HallNode _node = fixture.Node;

    [Theory]
    [InlineData("/my/cases", "/my/cases")]
    [InlineData("/audit/dashboard?from=2026-01-01", "/audit/dashboard?from=2026-01-01")]
    [InlineData("/%5Cx", "/")] // "/\x": a browser reads it as "//x", another site
    [InlineData("/%5C%5Cevil.example", "/")]
    [InlineData("//evil.example", "/")]
    [InlineData("/%09/evil.example", "/")] // a tab the browser drops, leaving "//evil.example"
    [InlineData("https://evil.example/", "/")]
    [InlineData("javascript:alert(1)", "/")]
    [InlineData("evil.example", "/")]
    [InlineData("", "/")]
    public async Task An_anonymous_visitor_is_sent_back_to_a_page_of_the_hall_and_never_elsewhere(string returnUrl, string expected)
    {
        var response = await new BrowserSession().GetAsync(_node, $"/culture/en?returnUrl={Uri.EscapeDataString(Uri.UnescapeDataString(returnUrl))}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(expected, response.Headers.Location?.OriginalString);
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), cookie => cookie.StartsWith(".AspNetCore.Culture=") && cookie.Contains("en"));
    }

    [Fact]
    public async Task Without_a_return_address_the_visitor_lands_on_the_home_page()
    {
        var response = await new BrowserSession().GetAsync(_node, "/culture/en");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }
}
