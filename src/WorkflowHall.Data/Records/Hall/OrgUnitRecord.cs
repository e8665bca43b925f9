namespace WorkflowHall.Data.Records.Hall;

public sealed class OrgUnitRecord
{
    public required string Code { get; set; }
    public required string Name { get; set; }
    public string? NameEn { get; set; }
    public required string Level { get; set; }
    public required string Kind { get; set; }
    public string? ParentCode { get; set; }
    public string? RegionCode { get; set; }
    public string? Uscc { get; set; }
}
