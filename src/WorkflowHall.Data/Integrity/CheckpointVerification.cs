namespace WorkflowHall.Data.Integrity;

/// <summary>
/// A log checked against its signed checkpoints. <see cref="FirstMismatchSequence"/> names the first entry
/// that is gone or differs from what a checkpoint signed; <see cref="BrokenCheckpoint"/> a checkpoint that is
/// missing, altered or signed by a key the hall does not trust. <see cref="Problem"/> says which, as
/// "中文 / English".
/// </summary>
public sealed record CheckpointVerification
{
    /// <summary>How many signed checkpoints were checked.</summary>
    public required int Checkpoints { get; init; }
    /// <summary>The entries up to this sequence are vouched for by a signature (0: none yet).</summary>
    public long CoveredThrough { get; init; }
    /// <summary>The newest checkpoint that vouches for them.</summary>
    public long? LatestCheckpoint { get; init; }
    public DateTime? LatestSignedAt { get; init; }
    public long? FirstMismatchSequence { get; init; }
    /// <summary>The checkpoint whose number is meant: the one <see cref="FirstMismatchSequence"/> differs from, or the broken one.</summary>
    public long? CheckpointNumber { get; init; }
    public bool CheckpointBroken { get; init; }
    public string? Problem { get; init; }

    public bool Holds => Problem is null;
}
