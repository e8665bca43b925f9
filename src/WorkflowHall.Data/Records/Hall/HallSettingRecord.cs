namespace WorkflowHall.Data.Records.Hall;

/// <summary>A group of settings administrators change at run time (e.g. <c>supervision</c>), as JSON, shared by every node.</summary>
public sealed class HallSettingRecord
{
    public required string Key { get; set; }
    public required string Json { get; set; }
    public int Revision { get; set; }
    public DateTime SavedAt { get; set; }
    public required string SavedBy { get; set; }
}
