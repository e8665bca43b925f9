using System.Net;
using WorkflowHall.Web.Tests.Infrastructure;

namespace WorkflowHall.Web.Tests.Hosting;

public sealed class HostTests(HallApiFactory factory) : IClassFixture<HallApiFactory>
{
    [Fact]
    public async Task Health_is_healthy_and_reports_the_database()
    {
        var response = await factory.Client(apiKey: null).GetAsync("/health");

        var body = await response.ExpectAsync(200);
        Assert.Equal("Healthy", body.Text("status"));
        var database = Assert.Single(body.GetProperty("checks").EnumerateArray());
        Assert.Equal("database", database.Text("name"));
        Assert.Equal("Healthy", database.Text("status"));
    }

    [Fact]
    public async Task A_call_without_a_key_is_refused_with_401_problem_details()
    {
        var response = await factory.Client(apiKey: null).GetAsync("/api/definitions");

        var problem = await response.ExpectAsync(401);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("X-Api-Key", response.Headers.WwwAuthenticate.ToString());
        Assert.Equal("未认证", problem.Text("title"));
        Assert.Equal("Unauthenticated", problem.Text("code"));
    }

    [Fact]
    public async Task An_unknown_key_is_refused_with_401()
    {
        var response = await factory.Client("not-a-key").GetAsync("/api/definitions");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_clerk_cannot_publish()
    {
        var response = await factory.Client(HallApiFactory.ClerkKey).PostJsonAsync("/api/definitions/standard-approval/publish", new { note = "试试" });

        var problem = await response.ExpectAsync(403);
        Assert.Equal("Forbidden", problem.Text("code"));
    }

    [Fact]
    public async Task The_standard_process_is_seeded_as_version_1_published_by_system()
    {
        var response = await factory.Client(HallApiFactory.AdminKey).GetAsync("/api/definitions?key=standard-approval");

        var versions = await response.ExpectAsync(200);
        var version = Assert.Single(versions.EnumerateArray());
        Assert.Equal(1, version.Int("version"));
        Assert.Equal("system", version.Text("publishedBy"));
        Assert.False(version.GetProperty("retired").GetBoolean());
    }

    [Fact]
    public async Task The_seeded_version_lists_its_nodes_and_exports_its_bpmn()
    {
        var client = factory.Client(HallApiFactory.ClerkKey);

        var detail = await (await client.GetAsync("/api/definitions/standard-approval/versions/1")).ExpectAsync(200);
        var accept = detail.GetProperty("nodes").EnumerateArray().Single(n => n.Text("id") == "accept");
        Assert.Equal("受理", accept.Text("name"));
        Assert.Equal("window-acceptance", accept.Text("candidatePost"));
        Assert.Equal("5 WorkingDays", accept.Text("timeLimit"));

        var export = await client.GetAsync("/api/definitions/standard-approval/versions/1/bpmn");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Equal("application/xml", export.Content.Headers.ContentType?.MediaType);
        Assert.Contains("id=\"standard-approval\"", await export.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_OpenAPI_document_is_served_and_lists_the_paths()
    {
        var response = await factory.Client(apiKey: null).GetAsync("/openapi/v1.json");

        var document = await response.ExpectAsync(200);
        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/definitions", paths);
        Assert.Contains("/api/definitions/{key}/publish", paths);
        Assert.Contains("/api/instances", paths);
        Assert.Contains("/api/instances/{id}/verify", paths);
        Assert.Contains("/api/work-items", paths);
        Assert.Contains("/api/work-items/{instanceId}/{workItemId}/complete", paths);
        Assert.Contains("/api/migrations", paths);
        Assert.Contains("/api/admin/retention/run", paths);
        Assert.True(document.GetProperty("components").GetProperty("securitySchemes").TryGetProperty("ApiKey", out _));
    }

    [Fact]
    public async Task Json_keeps_Chinese_characters_literally()
    {
        var client = factory.Client(HallApiFactory.AdminKey);

        var list = await (await client.GetAsync("/api/definitions")).Content.ReadAsStringAsync();
        var problem = await (await client.GetAsync("/api/definitions/standard-approval/versions/99")).Content.ReadAsStringAsync();

        Assert.Contains("标准五步审批流程", list);
        Assert.Contains("没有第 99 版", problem);
        Assert.DoesNotContain("\\u", list, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("\\u6CA1", problem, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Retention_is_for_administrators_and_off_by_default()
    {
        var refused = await factory.Client(HallApiFactory.ClerkKey).PostAsync("/api/admin/retention/run", null);
        var run = await factory.Client(HallApiFactory.AdminKey).PostAsync("/api/admin/retention/run", null);

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        var body = await run.ExpectAsync(200);
        Assert.Equal(0, body.Int("removed"));
        Assert.False(body.GetProperty("enabled").GetBoolean());
    }
}
