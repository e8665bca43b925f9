namespace WorkflowHall.Engine.Trail;

/// <summary>
/// The result of checking a trail: the hash chain (was any event edited, removed or inserted?) and
/// the replay (does running the recorded commands through the pinned definition version reproduce
/// the recorded events and states?). Each names the first event where it fails.
/// </summary>
public sealed record TrailVerification
{
    public required int EventCount { get; init; }
    public long? FirstBrokenSequence { get; init; }
    public string? BrokenReason { get; init; }
    public long? FirstDivergentSequence { get; init; }
    public string? DivergenceReason { get; init; }

    public bool ChainIntact => FirstBrokenSequence is null;
    public bool ReplayMatches => FirstDivergentSequence is null;
    public bool IsValid => ChainIntact && ReplayMatches;

    public override string ToString() => IsValid
        ? $"trail intact and replayed: {EventCount} events"
        : FirstBrokenSequence is { } broken ? $"chain broken at event {broken}: {BrokenReason}" : $"replay diverges at event {FirstDivergentSequence}: {DivergenceReason}";
}
