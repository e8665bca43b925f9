namespace WorkflowHall.Data.Records.Hall;

public sealed class PostRecord
{
    public required string Code { get; set; }
    public required string Name { get; set; }
    public string? NameEn { get; set; }
    public string? Description { get; set; }
}
