namespace WorkflowHall.Data.Integrity;

/// <summary>Compares what a checkpoint signed with what the log holds now.</summary>
internal static class CheckpointMatch
{
    /// <summary>The first signed sequence whose entry is gone or whose hash differs now; null when all match.</summary>
    public static long? FirstMismatch(IEnumerable<CheckpointEntry> signed, IReadOnlyDictionary<long, string> now)
    {
        foreach (var entry in signed.OrderBy(e => e.Sequence))
        {
            if (!now.TryGetValue(entry.Sequence, out var hash) || hash != entry.Hash) return entry.Sequence;
        }
        return null;
    }
}
