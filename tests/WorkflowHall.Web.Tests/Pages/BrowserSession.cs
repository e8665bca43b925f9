using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using WorkflowHall.Web.Tests.Infrastructure;

namespace WorkflowHall.Web.Tests.Pages;

/// <summary>
/// What a browser keeps between requests: its cookies. Each request may go to a different node, as
/// behind a load balancer; redirects are not followed, so a test sees where it is sent.
/// </summary>
public sealed partial class BrowserSession
{
    public const string LoginCookie = ".WorkflowHall.Login";
    public const string AntiforgeryField = "__RequestVerificationToken";

    private static readonly Uri Origin = new("http://localhost");
    private readonly CookieContainer _cookies = new();

    public HttpClient On(WebApplicationFactory<Program> node) => node.CreateDefaultClient(Origin, new CookieContainerHandler(_cookies));

    public string? Cookie(string name) => _cookies.GetCookies(Origin)[name]?.Value;

    public Task<HttpResponseMessage> GetAsync(WebApplicationFactory<Program> node, string path) => On(node).GetAsync(path);

    /// <summary>GETs a page and reads the hidden fields of its form (the antiforgery token, the form's name).</summary>
    public async Task<Dictionary<string, string>> FormAsync(WebApplicationFactory<Program> node, string path, string? action = null)
    {
        var response = await GetAsync(node, path);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path}: {(int)response.StatusCode}");
        return HiddenFields(html, action);
    }

    public Task<HttpResponseMessage> PostAsync(WebApplicationFactory<Program> node, string path, IEnumerable<KeyValuePair<string, string>> fields) =>
        On(node).PostAsync(path, new FormUrlEncodedContent(fields));

    /// <summary>Signs in on the login form: the form is read from <paramref name="formFrom"/>, posted to <paramref name="postTo"/>.</summary>
    public async Task<HttpResponseMessage> SignInAsync(WebApplicationFactory<Program> formFrom, WebApplicationFactory<Program> postTo, string userName, string password)
    {
        var fields = await FormAsync(formFrom, "/account/login");
        fields["Input.UserName"] = userName;
        fields["Input.Password"] = password;
        return await PostAsync(postTo, "/account/login", fields);
    }

    /// <summary>The hidden inputs of the page's form (of the form posting to <paramref name="action"/> when given).</summary>
    public static Dictionary<string, string> HiddenFields(string html, string? action = null)
    {
        if (action is not null)
        {
            var form = Regex.Match(html, $"<form[^>]*action=\"{Regex.Escape(action)}\"[^>]*>(.*?)</form>", RegexOptions.Singleline);
            Assert.True(form.Success, $"no form posting to {action}");
            html = form.Groups[1].Value;
        }
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match input in InputTag().Matches(html))
        {
            var tag = input.Value;
            if (!tag.Contains("type=\"hidden\"")) continue;
            var name = Attribute(tag, "name");
            if (name is not null) fields[name] = WebUtility.HtmlDecode(Attribute(tag, "value") ?? "");
        }
        return fields;
    }

    private static string? Attribute(string tag, string name) =>
        Regex.Match(tag, $"\\s{name}=\"([^\"]*)\"") is { Success: true } match ? match.Groups[1].Value : null;

    [GeneratedRegex("<input[^>]*>")]
    private static partial Regex InputTag();
}
