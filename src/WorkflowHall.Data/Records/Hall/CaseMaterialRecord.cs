namespace WorkflowHall.Data.Records.Hall;

/// <summary>A material of a case: an uploaded file, or a certificate the applicant already holds.</summary>
public sealed class CaseMaterialRecord
{
    public long Id { get; set; }
    public required string CaseId { get; set; }
    public required string MaterialName { get; set; }
    public string? Sha256 { get; set; }
    public string? FileName { get; set; }
    public string? CertificateIdentifier { get; set; }
    public DateTime AddedAt { get; set; }
    public required string AddedBy { get; set; }
}
