namespace WorkflowHall.Data.Records.Hall;

/// <summary>特别程序 (GB/T 39046): start, kind, reason and basis, who asked, end and result.</summary>
public sealed class SpecialProcedureRecord
{
    public long Id { get; set; }
    public required string CaseId { get; set; }
    public required string Kind { get; set; }
    public required string Reason { get; set; }
    public string? LegalBasis { get; set; }
    public DateTime StartedAt { get; set; }
    public required string StartedBy { get; set; }
    public DateTime? EndedAt { get; set; }
    public string? EndedBy { get; set; }
    public string? Result { get; set; }
}
