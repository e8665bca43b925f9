using System.Collections.Immutable;

namespace WorkflowHall.Engine.Versions;

/// <summary>Everything kept for one definition key: the draft (if any) and versions 1, 2, 3…</summary>
public sealed record DefinitionHistory(string Key, DefinitionDraft? Draft, ImmutableList<PublishedVersion> Versions)
{
    /// <summary>The version new instances start on: the highest one not retired.</summary>
    public PublishedVersion? Latest => Versions.LastOrDefault(v => !v.IsRetired);

    public PublishedVersion? Version(int number) => Versions.Find(v => v.Version == number);
}
