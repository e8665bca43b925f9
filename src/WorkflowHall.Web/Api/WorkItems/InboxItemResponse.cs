using WorkflowHall.Data;
using WorkflowHall.Data.Records;

namespace WorkflowHall.Web.Api.WorkItems;

/// <summary>One inbox row. Act on it at <c>/api/work-items/{InstanceId}/{WorkItemId}/…</c>.</summary>
public sealed record InboxItemResponse(string Id, string InstanceId, string WorkItemId, string DefinitionKey, string NodeId, string Status)
{
    public string? NodeName { get; init; }
    public string? Assignee { get; init; }
    public string? Owner { get; init; }
    public string? CandidatePost { get; init; }
    public string? HandlingUnit { get; init; }
    public string? Stage { get; init; }
    public DateTimeOffset OpenedAt { get; init; }
    public DateTimeOffset? DueAt { get; init; }
    public bool DueProvisional { get; init; }
    public DateTimeOffset? WarningAt { get; init; }

    public static InboxItemResponse From(WorkItemRecord row) => new(row.Id, row.InstanceId, row.EngineId, row.DefinitionKey, row.NodeId, row.Status)
    {
        NodeName = row.NodeName,
        Assignee = row.Assignee,
        Owner = row.Owner,
        CandidatePost = row.CandidatePost,
        HandlingUnit = row.HandlingUnit,
        Stage = row.Stage,
        OpenedAt = StoredTime.FromStored(row.OpenedAt),
        DueAt = row.HasDueDate ? StoredTime.FromStored(row.DueAt!.Value) : null,
        DueProvisional = row.DueProvisional,
        WarningAt = StoredTime.FromStored(row.WarningAt),
    };
}
