using System.Runtime.CompilerServices;
using System.Text.Json;

namespace WorkflowHall.Web.Tests.Infrastructure;

/// <summary>
/// Steps of the standard process over HTTP on a bare instance, shared by the tests that need one in a given state.
/// The demo hall's matters use <c>standard-approval</c> (their cases start only from an application), so the
/// bare instances run a copy of it under <see cref="Definition"/>, started by another system's key in a unit of the hall.
/// </summary>
public static class Cases
{
    /// <summary>The city's government service center: a unit of the demo hall that handles no matter of its own.</summary>
    public const string Unit = "bz-gov-center";
    public const string Definition = "bridge-approval";

    private static readonly ConditionalWeakTable<HallApiFactory, Task> Published = [];

    /// <summary>A process file under <see cref="Definition"/> instead of <c>standard-approval</c>.</summary>
    public static string Bare(string standardBpmn) => standardBpmn.Replace("id=\"standard-approval\"", $"id=\"{Definition}\"");

    public static async Task<JsonElement> StartAsync(HallApiFactory factory, string unit = Unit)
    {
        await Published.GetValue(factory, f => PublishAsync(f.Client(HallApiFactory.AdminKey)));
        var response = await factory.Client(HallApiFactory.IntegrationKey).PostJsonAsync("/api/instances", new
        {
            definitionKey = Definition,
            handlingUnit = unit,
            businessKey = "申请-" + Guid.NewGuid().ToString("N")[..8],
            variables = new Dictionary<string, object> { ["applicant"] = "applicant-wang", ["事项"] = "食品经营许可", ["金额"] = 12.5 },
        });
        return await response.ExpectAsync(201);
    }

    /// <summary>The one open work item of an instance, from the instance view.</summary>
    public static JsonElement OpenItem(JsonElement instance) => Assert.Single(instance.GetProperty("workItems").EnumerateArray());

    public static string ItemUrl(string instanceId, JsonElement item, string action) => $"/api/work-items/{instanceId}/{item.Text("id")}/{action}";

    public static async Task<JsonElement> CompleteAsync(HttpClient client, string instanceId, JsonElement item, string outcome, string opinion = "同意")
    {
        var response = await client.PostJsonAsync(ItemUrl(instanceId, item, "complete"), new { outcome, opinion });
        return await response.ExpectAsync(200);
    }

    private static async Task PublishAsync(HttpClient admin)
    {
        await (await admin.PostXmlAsync("/api/definitions", Bare(SampleBpmn.Standard()))).ExpectAsync(200);
        await (await admin.PostJsonAsync($"/api/definitions/{Definition}/publish", new { })).ExpectAsync(201);
    }
}
