namespace WorkflowHall.Data.Records.Hall;

public sealed class PostHoldingRecord
{
    public required string UserName { get; set; }
    public required string Post { get; set; }
    public required string UnitCode { get; set; }
}
