namespace WorkflowHall.Data.Supervision;

/// <summary>The outcome of checking the supervision log's hash chain.</summary>
/// <param name="Records">How many records were checked.</param>
/// <param name="FirstBrokenSequence">The first record whose sequence, link or hash does not hold; null when the chain is intact.</param>
public sealed record ChainVerification(long Records, long? FirstBrokenSequence, string? FirstBrokenRecordNumber, string? Problem)
{
    public bool Intact => FirstBrokenSequence is null;
}
