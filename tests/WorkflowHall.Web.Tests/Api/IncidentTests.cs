using System.Net;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkflowHall.Data;
using WorkflowHall.Data.Records;
using WorkflowHall.Engine.Hosting;
using WorkflowHall.Web.Tests.Infrastructure;
using WorkflowHall.Web.Tests.Pages;

namespace WorkflowHall.Web.Tests.Api;

/// <summary>
/// Part 7 of issue 12 at the hall's doors, on each database: a service call that ran out of attempts is an incident (故障)
/// the administrator finds on /admin/incidents and through the API, retries there, and the auditor sees on the case.
/// </summary>
public sealed class IncidentTests
{
    private const string DemoPassword = "Hall@2026";

    private sealed class RegistryLookup : IServiceTaskHandler
    {
        public bool Broken { get; set; } = true;
        public string Name => "registry-lookup";

        public ValueTask<IReadOnlyDictionary<string, object?>> ExecuteAsync(ServiceTaskContext context, CancellationToken cancellationToken) =>
            Broken
                ? throw new HttpRequestException("证照库维护中 / registry down for maintenance")
                : ValueTask.FromResult<IReadOnlyDictionary<string, object?>>(new Dictionary<string, object?> { ["registered"] = true });
    }

    private const string WithLookup = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:hall="https://workflowhall.org/schema/bpmn/hall/1.0"
            id="d" targetNamespace="urn:test">
          <bpmn:process id="registry-check" name="证照核验" isExecutable="true">
            <bpmn:startEvent id="start"/>
            <bpmn:serviceTask id="lookup" name="查询证照库" hall:handler="registry-lookup"/>
            <bpmn:userTask id="check" name="人工核对" hall:post="window-acceptance"/>
            <bpmn:endEvent id="done"/>
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="lookup"/>
            <bpmn:sequenceFlow id="f2" sourceRef="lookup" targetRef="check"/>
            <bpmn:sequenceFlow id="f3" sourceRef="check" targetRef="done"/>
          </bpmn:process>
        </bpmn:definitions>
        """;

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_incident_is_listed_for_the_administrator_retried_now_and_shown_on_the_stuck_case(string provider)
    {
        await using var hall = await CaseApiFixture.StartAsync(provider);
        var handler = new RegistryLookup();
        await using var node = hall.Node.WithWebHostBuilder(builder =>
        {
            builder.UseSetting("ServiceCalls:MaxAttempts", "1"); // the first failure is the last
            builder.ConfigureTestServices(services => services.AddSingleton<IServiceTaskHandler>(handler));
        });
        var admin = node.CreateClient();
        admin.DefaultRequestHeaders.Add("X-Api-Key", "key-qian");
        await (await admin.PostXmlAsync("/api/definitions", WithLookup)).ExpectAsync(200);
        await (await admin.PostJsonAsync("/api/definitions/registry-check/publish", new { })).ExpectAsync(201);
        var started = await (await admin.PostJsonAsync("/api/instances", new { definitionKey = "registry-check", handlingUnit = Infrastructure.Cases.Unit })).ExpectAsync(201);
        var instanceId = started.Text("id");

        // The case of the fixture waits on an incident too (as a case whose matter's workflow calls a registry would).
        await using (var db = await node.Services.GetRequiredService<IDbContextFactory<HallDbContext>>().CreateDbContextAsync())
        {
            var now = DateTime.UtcNow;
            db.ServiceCalls.Add(new ServiceCallRecord
            {
                Id = hall.Case.Id + "/sc-case", InstanceId = hall.Case.Id, EngineId = "sc-case", NodeId = "registry", Handler = "registry-lookup",
                VariablesJson = "{}", CreatedAt = now, Attempts = 5, LastError = "HttpRequestException: 证照库维护中", NextAttemptAt = now, IncidentAt = now,
            });
            await db.SaveChangesAsync();
        }

        // The API: both incidents, for the administrator only.
        var listed = await (await admin.GetAsync("/api/admin/incidents")).ExpectAsync(200);
        var bare = Assert.Single(listed.EnumerateArray(), i => i.Text("instanceId") == instanceId);
        Assert.Equal(("lookup", "查询证照库", "registry-lookup", 1), (bare.Text("nodeId"), bare.Text("stepName"), bare.Text("handler"), bare.Int("attempts")));
        Assert.Contains("证照库维护中", bare.Text("lastError"));
        Assert.Equal(hall.Case.CaseNumber, Assert.Single(listed.EnumerateArray(), i => i.Text("instanceId") == hall.Case.Id).Text("caseNumber"));
        var clerk = node.CreateClient();
        clerk.DefaultRequestHeaders.Add("X-Api-Key", "key-wang-fang");
        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.GetAsync("/api/admin/incidents")).StatusCode);

        // Retry through the API: an unknown one is a 404 problem; the broken handler fails again and is back in the list.
        var unknown = await admin.PostJsonAsync($"/api/admin/incidents/{instanceId}/sc-nonesuch/retry", new { });
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("application/problem+json", unknown.Content.Headers.ContentType?.MediaType);
        var callId = bare.Text("callId");
        var again = await (await admin.PostJsonAsync($"/api/admin/incidents/{instanceId}/{callId}/retry", new { })).ExpectAsync(200);
        Assert.Equal("FailedAgain", again.Text("result"));
        Assert.Contains((await (await admin.GetAsync("/api/admin/incidents")).ExpectAsync(200)).EnumerateArray(), i => i.Text("instanceId") == instanceId);

        // The page: the administrator sees both, with the case's number, and retries the bare one once the registry is back.
        var browser = new BrowserSession();
        await browser.SignInAsync(node, node, "qian.lei", DemoPassword);
        var page = await (await browser.GetAsync(node, "/admin/incidents")).Content.ReadAsStringAsync();
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Count(page, "data-testid=\"incident-row\""));
        Assert.Contains(hall.Case.CaseNumber, page);
        Assert.Contains("registry-lookup", page);
        Assert.Contains("证照库维护中", page);

        handler.Broken = false;
        var hidden = await browser.FormAsync(node, "/admin/incidents");
        var retried = await browser.PostAsync(node, "/admin/incidents", new Dictionary<string, string>
        {
            [BrowserSession.AntiforgeryField] = hidden[BrowserSession.AntiforgeryField],
            ["_handler"] = "retry-incident",
            ["Call"] = $"{instanceId}/{callId}",
        });
        Assert.Contains("retried=Completed", retried.Headers.Location?.OriginalString);
        var after = await (await browser.GetAsync(node, "/admin/incidents?retried=Completed")).Content.ReadAsStringAsync();
        Assert.Contains("data-testid=\"retry-completed\"", after);
        Assert.DoesNotContain($"data-instance=\"{instanceId}\"", after);
        var instance = await (await admin.GetAsync($"/api/instances/{instanceId}?trail=false")).ExpectAsync(200);
        Assert.Equal("check", Assert.Single(instance.GetProperty("workItems").EnumerateArray()).Text("nodeId"));

        // The case's audit page says it is stuck, and where it is retried.
        var auditor = new BrowserSession();
        await auditor.SignInAsync(node, node, "feng.xue", DemoPassword);
        var replay = await (await auditor.GetAsync(node, "/audit/cases/" + hall.Case.CaseNumber)).Content.ReadAsStringAsync();
        Assert.Contains("data-testid=\"case-incident\"", replay);
        Assert.Contains("registry-lookup", replay);

        // What the operator's log says: the failure as an incident, naming the handler.
        Assert.Contains(hall.Node.LogLines, l => l.StartsWith("Error", StringComparison.Ordinal) && l.Contains("registry-lookup") && l.Contains("incident"));
    }
}
