using System.Text.Json;

namespace WorkflowHall.Web.Tests.Authorization;

/// <summary>A schema of the OpenAPI document with the document around it, so that <c>$ref</c>s can be followed.</summary>
public sealed record OpenApiSchema(JsonElement Schema, JsonElement Document)
{
    /// <summary>The schema itself, its <c>$ref</c> followed; of <c>oneOf</c>/<c>anyOf</c> (a nullable type) the first that is not null.</summary>
    public JsonElement Resolved
    {
        get
        {
            var schema = Schema;
            for (var depth = 0; depth < 10; depth++)
            {
                if (schema.TryGetProperty("$ref", out var reference))
                {
                    schema = reference.GetString()!.TrimStart('#', '/').Split('/').Aggregate(Document, (node, part) => node.GetProperty(part));
                }
                else if ((schema.TryGetProperty("oneOf", out var choices) || schema.TryGetProperty("anyOf", out choices))
                    && choices.EnumerateArray().FirstOrDefault(c => !IsNull(c)) is { ValueKind: JsonValueKind.Object } choice)
                {
                    schema = choice;
                }
                else
                {
                    return schema;
                }
            }
            throw new InvalidOperationException($"$ref loop in {Schema}");
        }
    }

    public OpenApiSchema Of(JsonElement inner) => this with { Schema = inner };

    /// <summary>The first type named besides null (<c>["string","null"]</c> → string).</summary>
    public string? Type => Resolved.TryGetProperty("type", out var type)
        ? type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString()).FirstOrDefault(t => t != "null") : type.GetString()
        : Resolved.TryGetProperty("properties", out _) ? "object" : null;

    private static bool IsNull(JsonElement choice) =>
        choice.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String && type.GetString() == "null";
}
