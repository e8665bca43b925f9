namespace WorkflowHall.Data.Records.Hall;

/// <summary>One 查看完整信息: a member of staff saw an applicant's full ID number and phone, with the reason they gave.</summary>
public sealed class PersonalDataRevealRecord
{
    public long Id { get; set; }
    public required string CaseId { get; set; }
    public required string CaseNumber { get; set; }
    public required string UserName { get; set; }
    public DateTime RevealedAt { get; set; }
    public required string Reason { get; set; }
    /// <summary>Where it was revealed: <c>page</c> (the workbench) or <c>api</c>.</summary>
    public required string Channel { get; set; }
}
