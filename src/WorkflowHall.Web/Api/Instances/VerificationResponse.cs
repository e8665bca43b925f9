using WorkflowHall.Engine.Trail;

namespace WorkflowHall.Web.Api.Instances;

/// <summary>
/// The check of an instance's trail: is the hash chain intact (no event edited, removed or inserted), and does
/// replaying the recorded commands through the pinned versions reproduce every recorded event? And does every
/// event still match what the signed checkpoints vouch for (<see cref="Checkpoints"/>)? Valid needs all three. Replay runs
/// only on an intact chain: <see cref="ReplayMatches"/> is absent (null) when the chain is broken.
/// </summary>
public sealed record VerificationResponse(string InstanceId, int EventCount, bool Valid, bool ChainIntact, bool? ReplayMatches)
{
    public long? FirstBrokenSequence { get; init; }
    public string? BrokenReason { get; init; }
    public long? FirstDivergentSequence { get; init; }
    public string? DivergenceReason { get; init; }
    public required IReadOnlyList<int> VersionsReplayed { get; init; }
    public required string Summary { get; init; }
    public CheckpointCheckResponse? Checkpoints { get; init; }

    public static VerificationResponse From(string instanceId, TrailVerification verification, IReadOnlyList<int> versions,
        Data.Integrity.CheckpointVerification checkpoints) =>
        new(instanceId, verification.EventCount, verification.IsValid && checkpoints.Holds, verification.ChainIntact,
            verification.ChainIntact ? verification.ReplayMatches : null)
        {
            Checkpoints = CheckpointCheckResponse.From(checkpoints),
            FirstBrokenSequence = verification.FirstBrokenSequence,
            BrokenReason = verification.BrokenReason,
            FirstDivergentSequence = verification.FirstDivergentSequence,
            DivergenceReason = verification.DivergenceReason,
            VersionsReplayed = versions,
            Summary = checkpoints.Problem is { } problem && verification.ChainIntact ? $"checkpoint check fails: {problem}" : verification.ToString(),
        };
}
