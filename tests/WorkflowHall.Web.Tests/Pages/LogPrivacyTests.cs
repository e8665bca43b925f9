using WorkflowHall.Web.Tests.Infrastructure;

namespace WorkflowHall.Web.Tests.Pages;

/// <summary>
/// The operator's log says who called what and how it went, but never an applicant's full ID number or
/// phone: paths carrying one are masked, query strings and form bodies are not logged at all.
/// </summary>
public sealed class LogPrivacyTests(NodeFixture fixture) : IClassFixture<NodeFixture>
{
    // Zhang Li of the demo hall (people.json).
    private const string IdNumber = "34160219960509048X";
    private const string Phone = "15055814627";

    [Fact]
    public async Task Calls_carrying_an_id_number_or_a_phone_are_logged_without_them()
    {
        var node = fixture.Node;
        var browser = new BrowserSession();

        await browser.GetAsync(node, $"/verify?id={IdNumber}&phone={Phone}");
        await browser.GetAsync(node, $"/certificates/{IdNumber}");
        await browser.GetAsync(node, $"/people/{Phone}/cases");
        await browser.SignInAsync(node, node, IdNumber, Phone + "Aa!");
        await browser.SignInAsync(node, node, "zhang.li", "Hall@2026");
        await browser.GetAsync(node, "/");
        using var api = new HttpRequestMessage(HttpMethod.Post, "/api/instances") { Headers = { { "X-Api-Key", HallApiFactory.IntegrationKey } } };
        api.Content = System.Net.Http.Json.JsonContent.Create(new { definitionKey = "standard-approval", handlingUnit = "bz-gov-center", variables = new { idNumber = IdNumber, phone = Phone } });
        await browser.On(node).SendAsync(api);

        var log = node.LogLines.ToList();
        Assert.DoesNotContain(log, line => line.Contains(IdNumber, StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(log, line => line.Contains(Phone));
        // The calls are there, as an operator would look for them.
        Assert.Contains(log, line => line.Contains("anonymous GET /verify -> "));
        Assert.Contains(log, line => line.Contains("anonymous GET /certificates/3416**********048X -> "));
        Assert.Contains(log, line => line.Contains("anonymous GET /people/150****4627/cases -> "));
        Assert.Contains(log, line => line.Contains("anonymous POST /account/login -> 200"));
        Assert.Contains(log, line => line.Contains("zhang.li GET / -> 200"));
        // A matter's workflow starts only from an application: the call is refused after its body was read.
        Assert.Contains(log, line => line.Contains("integration-bridge POST /api/instances -> 409"));
    }

    [Theory]
    [InlineData("/track/bz-hazardous-chemicals-licence202611220001", "/track/bz-hazardous-chemicals-licence202611220001")]
    [InlineData("/track/1134160000318753024000111000012026112200011", "/track/1134160000318753024000111000012026112200011")]
    [InlineData("/a/341602195203140626/b", "/a/3416**********0626/b")]
    [InlineData("/a/341602520314062", "/a/3416*******4062")]
    [InlineData("/p/13956701248", "/p/139****1248")]
    [InlineData("/p/+8613956701248", "/p/+86*******1248")]
    public void A_path_is_logged_with_personal_numbers_masked_and_case_numbers_whole(string path, string logged)
    {
        Assert.Equal(logged, WorkflowHall.Web.Security.LoggedPath.Mask(path));
    }
}
