using System.Text.Json.Serialization;

namespace WorkflowHall.Data.Integrity;

/// <summary>One covered entry of a log: its sequence and the hash it had when the checkpoint was signed.</summary>
public sealed record CheckpointEntry([property: JsonPropertyName("s")] long Sequence, [property: JsonPropertyName("h")] string Hash);
