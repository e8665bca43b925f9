namespace WorkflowHall.Web.Components.Admin.Workflows;

/// <summary>The migration forms: which versions, where the removed nodes' cases go, and why.</summary>
public sealed class MigrationInput
{
    public int From { get; set; }
    public int To { get; set; }
    /// <summary>Null when the form had no mapping fields (form binding leaves an absent list null).</summary>
    public List<NodeMappingInput>? Mapping { get; set; }
    public string? Reason { get; set; }

    public IReadOnlyDictionary<string, string> NodeMapping() => (Mapping ?? [])
        .Where(m => !string.IsNullOrWhiteSpace(m.Source) && !string.IsNullOrWhiteSpace(m.Target))
        .GroupBy(m => m.Source!, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.First().Target!, StringComparer.Ordinal);
}
