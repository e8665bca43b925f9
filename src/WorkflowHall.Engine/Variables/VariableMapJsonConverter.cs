using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace WorkflowHall.Engine.Variables;

/// <summary>Reads and writes a variable map in <see cref="CanonicalJson"/> form.</summary>
public sealed class VariableMapJsonConverter : JsonConverter<ImmutableSortedDictionary<string, object?>>
{
    public override ImmutableSortedDictionary<string, object?> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        return VariableValue.FromJson(document.RootElement) as ImmutableSortedDictionary<string, object?>
            ?? throw new JsonException("Variables must be a JSON object.");
    }

    public override void Write(Utf8JsonWriter writer, ImmutableSortedDictionary<string, object?> value, JsonSerializerOptions options) =>
        CanonicalJson.Write(writer, value);
}
