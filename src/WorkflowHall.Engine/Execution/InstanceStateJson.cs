using System.Collections.Immutable;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;

namespace WorkflowHall.Engine.Execution;

/// <summary>
/// The stored form of an instance's state. Reading it back gives a state with the same
/// <see cref="Trail.StateFingerprint"/>, so a stored instance continues exactly where it stopped.
/// </summary>
public static class InstanceStateJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter() },
    };

    public static string Serialize(InstanceState state) => JsonSerializer.Serialize(state, Options);

    public static InstanceState Deserialize(string json)
    {
        var state = JsonSerializer.Deserialize<InstanceState>(json, Options) ?? throw new JsonException("Empty instance state.");
        // Sorted maps come back with the default comparer; the engine orders them ordinally.
        return state with
        {
            Tokens = state.Tokens.ConvertAll(t => t.Loop is null ? t : t with
            {
                Loop = t.Loop with { OutcomeCounts = t.Loop.OutcomeCounts.WithComparers(StringComparer.Ordinal) },
            }),
        };
    }
}
