using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using WorkflowHall.Data.Runtime;
using WorkflowHall.Web.Tests.Infrastructure;
using WorkflowHall.Web.Tests.Pages;

namespace WorkflowHall.Web.Tests.Admin.Workflows;

/// <summary>
/// What the designer island calls: administrators only, by the policy every other door uses, the page's token on every post,
/// and refusals as the API's problem details, with the engine's problems in the same shape.
/// </summary>
public sealed class DesignerEndpointsTests : IAsyncLifetime
{
    private const string Workflow = "standard-approval";
    private TestDatabase? _database;
    private HallNode _hall = null!;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_database is null) return;
        await _hall.DisposeAsync();
        await _database.DisposeAsync();
    }

    private async Task StartAsync(string provider)
    {
        _database = await TestDatabase.CreateAsync(provider);
        _hall = new HallNode(_database).Start();
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_file_that_cannot_be_read_is_refused_as_a_problem_and_nothing_is_saved(string provider)
    {
        await StartAsync(provider);
        var (browser, token) = await AdministratorAsync();

        var problem = await (await PostAsync(browser, "draft", new { bpmn = "<x/>" }, token)).ExpectAsync(422);

        Assert.Equal("DefinitionUnreadable", problem.Text("code"));
        Assert.Equal("流程文件无法读取，未保存", problem.Text("messageZh"));
        Assert.Equal("The BPMN file cannot be read; nothing was saved", problem.Text("messageEn"));
        Assert.NotEqual(0, problem.GetProperty("problems").GetArrayLength());
        Assert.Null(await Definitions.DraftAsync(Workflow));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_draft_with_a_problem_is_saved_and_its_publication_refused_with_the_problem_on_its_element(string provider)
    {
        await StartAsync(provider);
        var (browser, token) = await AdministratorAsync();
        var withoutPost = SampleBpmn.Standard().Replace("hall:post=\"leader-approval\"", "", StringComparison.Ordinal);

        var saved = await (await PostAsync(browser, "draft", new { bpmn = withoutPost }, token)).ExpectAsync(200);
        var refused = await (await PostAsync(browser, "publish", new { note = "审核岗位待定" }, token)).ExpectAsync(422);

        Assert.Equal(1, saved.Int("revision"));
        var problem = Assert.Single(saved.GetProperty("problems").EnumerateArray());
        Assert.Equal(["elementId", "elementKind", "code", "messageZh", "messageEn"], problem.EnumerateObject().Select(p => p.Name));
        Assert.Equal("approve", problem.Text("elementId"));
        Assert.Equal("DefinitionInvalid", refused.Text("code"));
        Assert.Equal("approve", refused.Text("elementId"));
        Assert.Equal(problem.ToString(), Assert.Single(refused.GetProperty("problems").EnumerateArray()).ToString());
        Assert.Single(await Definitions.VersionsAsync(Workflow));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_post_without_the_pages_token_is_refused_as_a_problem(string provider)
    {
        await StartAsync(provider);
        var (browser, _) = await AdministratorAsync();

        var problem = await (await PostAsync(browser, "draft", new { bpmn = SampleBpmn.Standard() }, token: null)).ExpectAsync(400);

        Assert.Equal("BadRequest", problem.Text("code"));
        Assert.StartsWith("页面已过期", problem.Text("messageZh"));
        Assert.Null(await Definitions.DraftAsync(Workflow));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_version_that_does_not_exist_is_a_not_found_problem(string provider)
    {
        await StartAsync(provider);
        var (browser, _) = await AdministratorAsync();

        var problem = await (await browser.GetAsync(_hall, $"/admin/workflows/{Workflow}/versions/99/bpmn")).ExpectAsync(404);

        Assert.Equal("NotFound", problem.Text("code"));
        Assert.Contains("没有第 99 版", problem.Text("messageZh"));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Someone_who_is_not_an_administrator_is_sent_to_the_denied_page_and_nothing_is_saved(string provider)
    {
        await StartAsync(provider);
        var browser = await SignedInAsync("wang.fang");

        var save = await PostAsync(browser, "draft", new { bpmn = SampleBpmn.Standard() }, token: null);
        var download = await browser.GetAsync(_hall, $"/admin/workflows/{Workflow}/versions/1/bpmn");

        foreach (var response in new[] { save, download })
        {
            Assert.True(response.StatusCode == HttpStatusCode.Found, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
            Assert.StartsWith("/account/denied", response.Headers.Location!.PathAndQuery);
        }
        Assert.Null(await Definitions.DraftAsync(Workflow));
    }

    private DefinitionStore Definitions => _hall.Services.GetRequiredService<DefinitionStore>();

    /// <summary>钱磊, an administrator, on the designer page: his browser and the page's antiforgery token, which the island sends.</summary>
    private async Task<(BrowserSession Browser, string Token)> AdministratorAsync()
    {
        var browser = await SignedInAsync("qian.lei");
        var fields = await browser.FormAsync(_hall, $"/admin/workflows/{Workflow}");
        return (browser, fields[BrowserSession.AntiforgeryField]);
    }

    private async Task<BrowserSession> SignedInAsync(string userName)
    {
        var browser = new BrowserSession();
        var signIn = await browser.SignInAsync(_hall, _hall, userName, "Hall@2026");
        Assert.True(signIn.StatusCode == HttpStatusCode.Found, $"{userName} could not sign in: {(int)signIn.StatusCode}");
        return browser;
    }

    private Task<HttpResponseMessage> PostAsync(BrowserSession browser, string action, object body, string? token)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/admin/workflows/{Workflow}/{action}") { Content = JsonContent.Create(body) };
        if (token is not null) request.Headers.Add("RequestVerificationToken", token);
        return browser.On(_hall).SendAsync(request);
    }
}
