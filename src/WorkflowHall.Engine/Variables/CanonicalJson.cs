using System.Buffers;
using System.Collections;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace WorkflowHall.Engine.Variables;

/// <summary>
/// One canonical JSON form for variable values: map keys in ordinal order, decimals invariant,
/// Chinese written as itself. Hashes over the trail and over instance state depend on it.
/// </summary>
public static class CanonicalJson
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        Indented = false,
    };

    public static string Serialize(object? value)
    {
        var buffer = new ArrayBufferWriter<byte>(128);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            Write(writer, value);
        }
        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    public static object? Deserialize(string json)
    {
        using var document = JsonDocument.Parse(json);
        return VariableValue.FromJson(document.RootElement);
    }

    public static void Write(Utf8JsonWriter writer, object? value)
    {
        switch (VariableValue.Normalize(value))
        {
            case null: writer.WriteNullValue(); break;
            case bool b: writer.WriteBooleanValue(b); break;
            case decimal d: writer.WriteRawValue(d.ToString(CultureInfo.InvariantCulture), skipInputValidation: true); break;
            case string s: writer.WriteStringValue(s); break;
            case IReadOnlyDictionary<string, object?> map:
                writer.WriteStartObject();
                foreach (var key in map.Keys.Order(StringComparer.Ordinal))
                {
                    writer.WritePropertyName(key);
                    Write(writer, map[key]);
                }
                writer.WriteEndObject();
                break;
            case IEnumerable list:
                writer.WriteStartArray();
                foreach (var item in list) Write(writer, item);
                writer.WriteEndArray();
                break;
        }
    }
}
