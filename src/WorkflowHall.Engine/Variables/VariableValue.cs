using System.Collections;
using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;

namespace WorkflowHall.Engine.Variables;

/// <summary>Brings values from callers and JSON into the engine's few value kinds.</summary>
public static class VariableValue
{
    public static object? Normalize(object? value) => value switch
    {
        null => null,
        string or bool or decimal => value,
        int i => (decimal)i,
        long l => (decimal)l,
        short s => (decimal)s,
        byte b => (decimal)b,
        double d => (decimal)d,
        float f => (decimal)f,
        DateTimeOffset dto => dto.ToString("O", CultureInfo.InvariantCulture),
        DateTime dt => dt.ToString("O", CultureInfo.InvariantCulture),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        JsonElement element => FromJson(element),
        IReadOnlyDictionary<string, object?> map => VariableMap.From(map),
        IDictionary<string, object?> map => VariableMap.From(map),
        string[] list => list.Select(v => (object?)v).ToImmutableArray(),
        IEnumerable list => list.Cast<object?>().Select(Normalize).ToImmutableArray(),
        _ => throw new ArgumentException($"Variables cannot hold a value of type {value.GetType().Name}; use strings, numbers, booleans, lists or maps."),
    };

    public static object? FromJson(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Number => element.TryGetDecimal(out var number) ? number : throw new JsonException($"The number {element.GetRawText()} does not fit a decimal."),
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Array => element.EnumerateArray().Select(FromJson).ToImmutableArray(),
        JsonValueKind.Object => VariableMap.From(element.EnumerateObject().Select(p => KeyValuePair.Create(p.Name, FromJson(p.Value)))),
        _ => throw new JsonException($"Unsupported JSON value kind {element.ValueKind}."),
    };
}
