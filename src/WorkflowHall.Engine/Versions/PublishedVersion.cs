namespace WorkflowHall.Engine.Versions;

/// <summary>An immutable published version of a definition key. Retiring it stops new instances only.</summary>
public sealed record PublishedVersion(string Key, int Version, Bpmn.ProcessDefinition Definition, string Bpmn, DateTimeOffset PublishedAt, string PublishedBy)
{
    public string? Note { get; init; }
    public DateTimeOffset? RetiredAt { get; init; }
    public string? RetiredBy { get; init; }
    public bool IsRetired => RetiredAt is not null;
}

/// <summary>The one editable draft of a definition key.</summary>
public sealed record DefinitionDraft(string Key, Bpmn.ProcessDefinition Definition, string Bpmn, DateTimeOffset SavedAt, string SavedBy);
