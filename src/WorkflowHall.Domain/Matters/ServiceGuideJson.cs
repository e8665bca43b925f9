using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;

namespace WorkflowHall.Domain.Matters;

/// <summary>The stored and file form of a guide: camelCase JSON, Chinese kept as itself.</summary>
public static class ServiceGuideJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        AllowTrailingCommas = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
    };

    public static string Serialize(ServiceGuide guide) => JsonSerializer.Serialize(guide, Options);

    public static ServiceGuide Deserialize(string json) =>
        JsonSerializer.Deserialize<ServiceGuide>(json, Options) ?? throw new JsonException("Empty service guide.");
}
