namespace WorkflowHall.Data.Records.Hall;

/// <summary>整改: the task a bad rating opens, with its deadline and outcome.</summary>
public sealed class RectificationRecord
{
    public long Id { get; set; }
    public required string CaseId { get; set; }
    public required string UnitCode { get; set; }
    public required string Status { get; set; }
    public DateTime OpenedAt { get; set; }
    public DateTime DueAt { get; set; }
    public DateTime? ClosedAt { get; set; }
    public string? Outcome { get; set; }
    public int Revision { get; set; }
}
