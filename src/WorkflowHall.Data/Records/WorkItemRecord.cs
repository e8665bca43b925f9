namespace WorkflowHall.Data.Records;

/// <summary>
/// An open work item as the inbox reads it: a read model kept in step with the instance state in
/// the same transaction, indexed for "my posts in my units, by due time".
/// </summary>
public sealed class WorkItemRecord
{
    /// <summary>The due date of an item without a time limit: it sorts after every real one, so one index orders the inbox.</summary>
    public static readonly DateTime NoDueDate = new(9999, 12, 31, 0, 0, 0, DateTimeKind.Utc);

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
    /// <summary>When the step falls due; <see cref="NoDueDate"/> when it has no time limit.</summary>
    public DateTime? DueAt { get; set; }

    public bool HasDueDate => DueAt is { } due && due < NoDueDate;
    public bool DueProvisional { get; set; }
    public DateTime? WarningAt { get; set; }
    /// <summary>
    /// When the supervision sweep must next look at the item: its warning, then its deadline; null once
    /// both are recorded, while the case clock stands still, or without a time limit. Written with the row,
    /// moved on by the sweep.
    /// </summary>
    public DateTime? SuperviseAt { get; set; }
}
