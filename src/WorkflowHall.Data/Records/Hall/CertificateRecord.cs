namespace WorkflowHall.Data.Records.Hall;

/// <summary>An electronic certificate (电子证照) and its signature over the certificate's canonical content.</summary>
public sealed class CertificateRecord
{
    public required string Identifier { get; set; }
    public required string CaseId { get; set; }
    public required string ImplementationCode { get; set; }
    public required string TypeCode { get; set; }
    public required string Name { get; set; }
    public required string HolderNumber { get; set; }
    public required string HolderName { get; set; }
    public required string IssuerUscc { get; set; }
    public required string IssuerName { get; set; }
    public DateTime IssuedAt { get; set; }
    public DateTime? ValidUntil { get; set; }
    public required string Status { get; set; }
    public string? PreviousIdentifier { get; set; }
    public required string SurfaceJson { get; set; }
    public required string Signature { get; set; }
    public required string KeyId { get; set; }
    public string? Delivery { get; set; }
    public DateTime? DeliveredAt { get; set; }
    public string? DeliveryNote { get; set; }
    public DateTime? StatusChangedAt { get; set; }
    public string? StatusReason { get; set; }
}
