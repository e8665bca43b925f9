using System.Text.Json;

namespace WorkflowHall.Web.Tests.Infrastructure;

/// <summary>Steps of the standard process over HTTP, shared by the tests that need a case in a given state.</summary>
public static class Cases
{
    public const string Unit = "hall-1";

    public static async Task<JsonElement> StartAsync(HttpClient client, string unit = Unit)
    {
        var response = await client.PostJsonAsync("/api/instances", new
        {
            definitionKey = "standard-approval",
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
}
