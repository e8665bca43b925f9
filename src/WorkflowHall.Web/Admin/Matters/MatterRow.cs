namespace WorkflowHall.Web.Admin.Matters;

/// <summary>A matter in the administrators' list: its published version (null: never published) and whether a draft waits.</summary>
public sealed record MatterRow(string ImplementationCode, string Name, string CatalogCode, string HandlingUnit, string WorkflowKey,
    int? PublishedVersion, bool HasDraft, DateTime? PublishedAt);
