namespace WorkflowHall.Web.Api.Cases;

/// <summary>An open step of a case: what it is, since when, and by when it is due.</summary>
public sealed record CaseStepResponse(string NodeId, string? Name)
{
    public string? Stage { get; init; }
    public DateTimeOffset OpenedAt { get; init; }
    public DateTimeOffset? DueAt { get; init; }
    public bool DueProvisional { get; init; }
}
