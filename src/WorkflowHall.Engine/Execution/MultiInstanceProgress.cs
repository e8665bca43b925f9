using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace WorkflowHall.Engine.Execution;

/// <summary>
/// Where a countersign (会签) stands: who must sign (positions stay stable; removed signers — 减签 —
/// are marked, not deleted), how many have signed, and the tally of outcomes that completion
/// conditions such as <c>${nrOfOutcomes.reject > 0}</c> read.
/// </summary>
public sealed record MultiInstanceProgress(bool IsSequential, ImmutableList<string?> Signers)
{
    public int Completed { get; init; }

    /// <summary>For sequential countersigns: position of the signer whose item is open.</summary>
    public int Current { get; init; }

    public ImmutableSortedSet<int> Removed { get; init; } = [];

    public ImmutableSortedDictionary<string, int> OutcomeCounts { get; init; } =
        ImmutableSortedDictionary.Create<string, int>(StringComparer.Ordinal);

    [JsonIgnore]
    public int Total => Signers.Count - Removed.Count;

    /// <summary>The next position after <paramref name="index"/> whose signer was not removed, or -1.</summary>
    public int NextAfter(int index)
    {
        for (var i = index + 1; i < Signers.Count; i++)
        {
            if (!Removed.Contains(i)) return i;
        }
        return -1;
    }
}
