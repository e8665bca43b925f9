namespace WorkflowHall.Engine.Trail;

/// <summary>
/// One entry of an instance's append-only trail. Every command yields a head event (its
/// <see cref="Command"/> JSON set) followed by what the command caused; the last event of the
/// command carries the fingerprint of the resulting state. Each event stores the hash of the one
/// before, so editing any of them breaks the chain from there on.
/// </summary>
public sealed record TrailEvent
{
    public required long Sequence { get; init; }
    public required string InstanceId { get; init; }
    public required DateTimeOffset At { get; init; }
    public required string Actor { get; init; }
    public required TrailEventKind Kind { get; init; }
    public string? NodeId { get; init; }
    public string? WorkItemId { get; init; }
    public string? Outcome { get; init; }
    public string? Opinion { get; init; }
    /// <summary>Short structured detail (target step, reason, signer, timer due time...).</summary>
    public string? Detail { get; init; }
    /// <summary>Variables the command set, as canonical JSON.</summary>
    public string? VariablesJson { get; init; }
    /// <summary>The command, as JSON, on the first event of each command.</summary>
    public string? Command { get; init; }
    public string? StateHash { get; init; }
    public required string PreviousHash { get; init; }
    public required string Hash { get; init; }
}
