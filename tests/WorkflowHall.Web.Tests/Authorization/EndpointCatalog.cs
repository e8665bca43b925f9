using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace WorkflowHall.Web.Tests.Authorization;

/// <summary>
/// Every endpoint of the running hall, read at run time so that a new one is in the matrix without anyone
/// adding it: each operation of <c>/openapi/v1.json</c> and each route of the app's <see cref="EndpointDataSource"/>.
/// </summary>
public static class EndpointCatalog
{
    /// <summary>What the matrix does not send requests to, and why (nothing case-bound may be here).</summary>
    private static readonly Dictionary<string, string> NotRequested = new(StringComparer.Ordinal)
    {
        ["GET /openapi/{documentName}.json"] = "the document the matrix is generated from (read below, anonymously)",
        ["GET /_framework/blazor.web.js"] = "the framework's script file",
    };

    public static async Task<IReadOnlyList<MatrixEndpoint>> ReadAsync(IServiceProvider services, HttpClient anonymous)
    {
        var found = new Dictionary<string, MatrixEndpoint>(StringComparer.Ordinal);
        foreach (var endpoint in services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var template = Normalise(endpoint.RoutePattern.RawText ?? "");
            var verbs = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods is { Count: > 0 } methods ? methods : ["GET", "POST"];
            var accepts = endpoint.Metadata.GetOrderedMetadata<IAcceptsMetadata>();
            foreach (var verb in verbs)
            {
                if (verb is "HEAD" or "OPTIONS") continue;
                var item = new MatrixEndpoint(verb, template)
                {
                    RouteParameters = [.. endpoint.RoutePattern.Parameters.Select(p => p.Name)],
                    IsPage = endpoint.Metadata.GetMetadata<ComponentTypeMetadata>() is not null,
                    IsPublic = endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null,
                    JsonBodyType = accepts.FirstOrDefault(a => a.ContentTypes.Any(t => t.Contains("json")))?.RequestType,
                    AcceptsMultipart = accepts.Any(a => a.ContentTypes.Contains("multipart/form-data")),
                    AcceptsXml = accepts.Any(a => a.ContentTypes.Any(t => t.Contains("xml"))),
                };
                if (NotRequested.ContainsKey(item.ToString())) continue;
                found[item.ToString()] = item;
            }
        }

        var response = await anonymous.GetAsync("/openapi/v1.json");
        Assert.True(response.IsSuccessStatusCode, $"the OpenAPI document answered {(int)response.StatusCode}");
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = document.RootElement;
        foreach (var path in root.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject())
            {
                if (operation.Name == "parameters") continue;
                var verb = operation.Name.ToUpperInvariant();
                var template = Normalise(path.Name);
                var parameters = operation.Value.TryGetProperty("parameters", out var list) ? list.EnumerateArray().ToList() : [];
                var key = $"{verb} {template}";
                var known = found.GetValueOrDefault(key) ?? new MatrixEndpoint(verb, template);
                found[key] = known with
                {
                    InOpenApi = true,
                    RouteParameters = [.. parameters.Where(p => p.GetProperty("in").GetString() == "path").Select(p => p.GetProperty("name").GetString()!)],
                    RequiredQuery = [.. parameters.Where(p => p.GetProperty("in").GetString() == "query" && p.TryGetProperty("required", out var r) && r.GetBoolean())
                        .Select(p => p.GetProperty("name").GetString()!)],
                    OptionalQuery = [.. parameters.Where(p => p.GetProperty("in").GetString() == "query" && !(p.TryGetProperty("required", out var r) && r.GetBoolean()))
                        .Select(p => p.GetProperty("name").GetString()!)],
                    JsonBodySchema = JsonSchemaOf(operation.Value, root),
                    AcceptsXml = known.AcceptsXml || ContentTypes(operation.Value).Any(t => t.Contains("xml")),
                    AcceptsMultipart = known.AcceptsMultipart || ContentTypes(operation.Value).Contains("multipart/form-data"),
                };
            }
        }
        return [.. found.Values.OrderBy(e => e.Template, StringComparer.Ordinal).ThenBy(e => e.Verb, StringComparer.Ordinal)];
    }

    private static OpenApiSchema? JsonSchemaOf(JsonElement operation, JsonElement root)
    {
        if (!operation.TryGetProperty("requestBody", out var body) || !body.TryGetProperty("content", out var content)) return null;
        foreach (var type in content.EnumerateObject())
        {
            if (type.Name.Contains("json")) return new OpenApiSchema(type.Value.GetProperty("schema").Clone(), root.Clone());
        }
        return null;
    }

    private static IEnumerable<string> ContentTypes(JsonElement operation) =>
        operation.TryGetProperty("requestBody", out var body) && body.TryGetProperty("content", out var content)
            ? content.EnumerateObject().Select(c => c.Name).ToList()
            : [];

    /// <summary><c>/a/{version:int}/{id?}</c> → <c>/a/{version}/{id}</c>; OpenAPI and routing then agree on one spelling.</summary>
    public static string Normalise(string template)
    {
        var text = System.Text.RegularExpressions.Regex.Replace(template, @"\{\*{0,2}([^}:?=]+)[^}]*\}", "{$1}");
        return text.Length > 1 ? text.TrimEnd('/') : text;
    }
}
