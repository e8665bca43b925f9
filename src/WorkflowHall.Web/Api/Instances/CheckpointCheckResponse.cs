using WorkflowHall.Data.Integrity;

namespace WorkflowHall.Web.Api.Instances;

/// <summary>
/// The trail against its signed checkpoints (keys kept outside the database): does every event a checkpoint
/// signed still have the hash it had? <see cref="FirstMismatchSequence"/> names the first rewritten event,
/// even when the hash chain was recomputed to hide it; a missing, altered or untrusted checkpoint is named by number.
/// </summary>
public sealed record CheckpointCheckResponse(bool Holds, int Checkpoints, long CoveredThrough)
{
    public long? LatestCheckpoint { get; init; }
    public DateTime? LatestSignedAt { get; init; }
    public long? FirstMismatchSequence { get; init; }
    public long? CheckpointNumber { get; init; }
    public bool CheckpointBroken { get; init; }
    /// <summary>What does not hold, "中文 / English".</summary>
    public string? Problem { get; init; }

    public static CheckpointCheckResponse From(CheckpointVerification check) => new(check.Holds, check.Checkpoints, check.CoveredThrough)
    {
        LatestCheckpoint = check.LatestCheckpoint,
        LatestSignedAt = check.LatestSignedAt,
        FirstMismatchSequence = check.FirstMismatchSequence,
        CheckpointNumber = check.CheckpointNumber,
        CheckpointBroken = check.CheckpointBroken,
        Problem = check.Problem,
    };
}
