using System.Text;
using Microsoft.Extensions.DependencyInjection;
using WorkflowHall.Data.Runtime;
using WorkflowHall.Engine.Execution.Commands;
using WorkflowHall.Web.Tests.Infrastructure;

namespace WorkflowHall.Web.Tests.Hosting;

/// <summary>The log says what happened: a body the client got wrong is the client's error (a warning), a race the hall resolves is no failure.</summary>
public sealed class LogLevelTests
{
    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_request_body_that_does_not_read_is_a_400_logged_as_one_warning_without_a_stack_trace(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var node = new HallNode(database) { Settings = new Dictionary<string, string> { ["Hall:SeedDemo"] = "false" } }.Start();
        var client = node.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", HallApiFactory.AdminKey);

        var response = await client.PostAsync("/api/instances", new StringContent("{\"definitionKey\": \"standard-approval\", ", Encoding.UTF8, "application/json"));

        Assert.Equal("BadRequest", (await response.ExpectAsync(400)).Text("code"));
        var call = Assert.Single(node.LogLines, line => line.Contains("POST /api/instances ->"));
        Assert.StartsWith("Warning WorkflowHall.Web.Security.CallLogMiddleware: admin POST /api/instances -> 400", call);
        Assert.DoesNotContain(" at ", call);
        Assert.DoesNotContain(node.LogLines, line => line.StartsWith("Error") || line.StartsWith("Critical"));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Commands_that_race_on_one_instance_are_retried_without_a_single_error_in_the_log(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var node = new HallNode(database)
        {
            // EF's own lines about the lost races, at the level they are logged at now.
            Settings = new Dictionary<string, string> { ["Logging:LogLevel:Microsoft.EntityFrameworkCore.Update"] = "Debug" },
        }.Start();
        var runtime = node.Services.GetRequiredService<WorkflowRuntime>();
        var started = await runtime.StartAsync(new StartRequest("standard-approval", "admin") { HandlingUnit = "hall-1" });
        Assert.True(started.IsAccepted, started.Rejection?.ToString());
        var id = started.State!.InstanceId;

        var outcomes = await Task.WhenAll(Enumerable.Range(1, 12).Select(i =>
            Task.Run(() => runtime.ExecuteAsync(id, new AnnotateInstance("admin", "备注", $"第 {i} 条")))));

        Assert.Contains(outcomes, o => o.IsAccepted);
        // The races happened (SQLite: the revision check; PostgreSQL: the trail's key, written first) and were logged at Debug.
        Assert.Contains(node.LogLines, line => line.StartsWith("Debug Microsoft.EntityFrameworkCore.Update")
            && (line.Contains("concurrency", StringComparison.OrdinalIgnoreCase) || line.Contains("An exception occurred in the database while saving changes")));
        Assert.DoesNotContain(node.LogLines, line => line.StartsWith("Error") || line.StartsWith("Critical") || line.StartsWith("Warning Microsoft.EntityFrameworkCore"));
    }
}
