namespace WorkflowHall.Data.Records;

/// <summary>
/// An open work item as the inbox reads it: a read model kept in step with the instance state in
/// the same transaction, indexed for "my posts in my units, by due time".
/// </summary>
public sealed class WorkItemRecord
{
    /// <summary>Globally unique: the instance id and the engine's work item id.</summary>
    public required string Id { get; set; }
    public required string InstanceId { get; set; }
    public required string EngineId { get; set; }
    public required string DefinitionKey { get; set; }
    public required string NodeId { get; set; }
    public string? NodeName { get; set; }
    public required string Status { get; set; }
    public string? Assignee { get; set; }
    public string? Owner { get; set; }
    public string? CandidatePost { get; set; }
    /// <summary>Comma-separated, with leading and trailing commas (",a,b,") so one LIKE finds a member.</summary>
    public string? CandidateGroups { get; set; }
    public string? CandidateUsers { get; set; }
    public string? HandlingUnit { get; set; }
    public string? Stage { get; set; }
    public DateTime OpenedAt { get; set; }
    public DateTime? DueAt { get; set; }
    public bool DueProvisional { get; set; }
    public DateTime? WarningAt { get; set; }
}
