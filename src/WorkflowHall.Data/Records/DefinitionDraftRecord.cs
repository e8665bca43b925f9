namespace WorkflowHall.Data.Records;

/// <summary>The one editable draft of a definition key.</summary>
public sealed class DefinitionDraftRecord
{
    public required string Key { get; set; }
    public string? Name { get; set; }
    public required string Bpmn { get; set; }
    public DateTime SavedAt { get; set; }
    public required string SavedBy { get; set; }
    /// <summary>Bumped on every save; a stale save is refused.</summary>
    public int Revision { get; set; }
}
