using WorkflowHall.Data.Records;

namespace WorkflowHall.Web.Admin.Workflows;

/// <summary>
/// A workflow (a definition key) as administrators see it: its published versions, its draft, how many
/// cases run on each version, and the matters whose new cases start on its latest version.
/// </summary>
public sealed record WorkflowSummary(
    string Key,
    string? Name,
    IReadOnlyList<DefinitionVersionRecord> Versions,
    DefinitionDraftRecord? Draft,
    IReadOnlyDictionary<int, int> RunningByVersion,
    IReadOnlyList<MatterUse> Matters)
{
    /// <summary>The version new cases start on: the highest one not retired (as the runtime picks it).</summary>
    public DefinitionVersionRecord? Latest => Versions.Where(v => v.RetiredAt is null).MaxBy(v => v.Version);

    public int Running(int version) => RunningByVersion.GetValueOrDefault(version);

    public int RunningTotal => RunningByVersion.Values.Sum();
}
