namespace WorkflowHall.Web.Api.Instances;

/// <summary>An open work item of an instance, with its due and warning times as the law counts them.</summary>
public sealed record WorkItemResponse(string Id, string NodeId, string? NodeName, string Status)
{
    public string? Assignee { get; init; }
    public string? Owner { get; init; }
    public string? CandidatePost { get; init; }
    public IReadOnlyList<string>? CandidateGroups { get; init; }
    public IReadOnlyList<string>? CandidateUsers { get; init; }
    public string? Stage { get; init; }
    public IReadOnlyList<string>? AllowedActions { get; init; }
    public int? LoopIndex { get; init; }
    public DateTimeOffset OpenedAt { get; init; }
    public DateTimeOffset? DueAt { get; init; }
    public DateTimeOffset? WarningAt { get; init; }
    /// <summary>The due time was counted through a year whose holiday calendar is not loaded yet (to be confirmed).</summary>
    public bool DueProvisional { get; init; }
}
