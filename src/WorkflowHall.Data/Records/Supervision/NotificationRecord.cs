namespace WorkflowHall.Data.Records.Supervision;

/// <summary>A message to one person: a red breach told to each holder of the supervising post of the unit above.</summary>
public sealed class NotificationRecord
{
    public long Id { get; set; }
    public DateTime At { get; set; }
    public required string Recipient { get; set; }
    public required string Post { get; set; }
    public required string UnitCode { get; set; }
    public required string Subject { get; set; }
    public required string Body { get; set; }
    public long? SupervisionSequence { get; set; }
    public DateTime? ReadAt { get; set; }
}
