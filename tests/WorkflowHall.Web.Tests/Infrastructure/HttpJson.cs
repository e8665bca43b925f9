using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace WorkflowHall.Web.Tests.Infrastructure;

/// <summary>Reads responses as raw JSON, so the tests check what goes over the wire rather than the server's own types.</summary>
public static class HttpJson
{
    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        try
        {
            return JsonDocument.Parse(text).RootElement.Clone();
        }
        catch (JsonException e)
        {
            throw new InvalidOperationException($"{(int)response.StatusCode} is not JSON: {text}", e);
        }
    }

    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string url, object body) => client.PostAsJsonAsync(url, body);

    public static Task<HttpResponseMessage> PostXmlAsync(this HttpClient client, string url, string xml) =>
        client.PostAsync(url, new StringContent(xml, Encoding.UTF8, "application/xml"));

    public static string Text(this JsonElement element, string property) => element.GetProperty(property).GetString()!;

    public static int Int(this JsonElement element, string property) => element.GetProperty(property).GetInt32();

    /// <summary>Fails with the whole body when the status is not the expected one.</summary>
    public static async Task<JsonElement> ExpectAsync(this HttpResponseMessage response, int status)
    {
        var body = await response.JsonAsync();
        Assert.True((int)response.StatusCode == status, $"expected {status}, got {(int)response.StatusCode}: {body}");
        return body;
    }
}
