namespace WorkflowHall.Data.Records.Hall;

/// <summary>回访 / 反馈: a follow-up on a rectification.</summary>
public sealed class RectificationFollowUpRecord
{
    public long Id { get; set; }
    public long RectificationId { get; set; }
    public DateTime At { get; set; }
    public required string By { get; set; }
    public required string Kind { get; set; }
    public required string Note { get; set; }
}
