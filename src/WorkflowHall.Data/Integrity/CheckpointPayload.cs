using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace WorkflowHall.Data.Integrity;

/// <summary>
/// What a checkpoint signs: its place in its log's chain of checkpoints (<see cref="Number"/>, the hash of
/// checkpoint <c>Number − 1</c> as <see cref="Previous"/>) and every covered entry's sequence and hash, so
/// a later mismatch names the exact entry. A trail checkpoint covers its instance from event 1 (so the
/// newest one is enough); a supervision checkpoint covers the records since the one before.
/// </summary>
public sealed record CheckpointPayload
{
    /// <summary>The <see cref="Previous"/> of checkpoint 1.</summary>
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    private static readonly JsonSerializerOptions Json = new() { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    [JsonPropertyName("log")] public required string Log { get; init; }
    [JsonPropertyName("number")] public required long Number { get; init; }
    [JsonPropertyName("previous")] public required string Previous { get; init; }
    [JsonPropertyName("subject")] public string? Subject { get; init; }
    [JsonPropertyName("from")] public required long From { get; init; }
    [JsonPropertyName("through")] public required long Through { get; init; }
    /// <summary>The instance had ended: nothing can follow, so this is its last checkpoint.</summary>
    [JsonPropertyName("final")] public bool Final { get; init; }
    [JsonPropertyName("signedAt")] public required DateTime SignedAt { get; init; }
    [JsonPropertyName("keyId")] public required string KeyId { get; init; }
    [JsonPropertyName("entries")] public required IReadOnlyList<CheckpointEntry> Entries { get; init; }

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>The payload read back; null when the text is not a payload.</summary>
    public static CheckpointPayload? Read(string text)
    {
        try
        {
            return JsonSerializer.Deserialize<CheckpointPayload>(text, Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The hash the next checkpoint carries as its <see cref="Previous"/>: SHA-256 over the stored text.</summary>
    public static string HashOf(string payloadText) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(payloadText)));
}
