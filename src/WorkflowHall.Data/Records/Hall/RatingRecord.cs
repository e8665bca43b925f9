namespace WorkflowHall.Data.Records.Hall;

/// <summary>好差评: one rating per case, by its applicant, after it closed (GB/T 39046 table 9).</summary>
public sealed class RatingRecord
{
    public required string CaseId { get; set; }
    /// <summary>1 非常满意 … 5 非常不满意 (GB/T 39046 A.8).</summary>
    public int Grade { get; set; }
    public required string Channel { get; set; }
    public required string RatedBy { get; set; }
    public DateTime RatedAt { get; set; }
    public string? Comment { get; set; }
    public required string ImplementationCode { get; set; }
    public required string UnitCode { get; set; }
}
