namespace WorkflowHall.Data.Records.Hall;

/// <summary>
/// A year's holiday arrangement as an administrator last saved it, in the calendar file format
/// (<c>workflows/calendars/README.md</c>). It replaces that year's file for every node.
/// </summary>
public sealed class CalendarYearRecord
{
    public int Year { get; set; }
    public required string Json { get; set; }
    public int Revision { get; set; }
    public DateTime SavedAt { get; set; }
    public required string SavedBy { get; set; }
}
