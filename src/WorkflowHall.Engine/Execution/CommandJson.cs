using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using WorkflowHall.Engine.Execution.Commands;

namespace WorkflowHall.Engine.Execution;

/// <summary>The JSON form of commands kept on the trail, read back to replay an instance.</summary>
public static class CommandJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter() },
    };

    public static string Serialize(EngineCommand command) => JsonSerializer.Serialize(command, Options);

    public static EngineCommand Deserialize(string json) =>
        JsonSerializer.Deserialize<EngineCommand>(json, Options) ?? throw new JsonException("Empty command.");
}
