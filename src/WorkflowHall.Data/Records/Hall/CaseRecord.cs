namespace WorkflowHall.Data.Records.Hall;

/// <summary>A case (办件). Its id is the engine instance id; its status is kept in step with the instance in one transaction.</summary>
public sealed class CaseRecord
{
    public required string Id { get; set; }
    public required string CaseNumber { get; set; }
    public required string ImplementationCode { get; set; }
    public int MatterVersion { get; set; }
    public required string MatterName { get; set; }
    public required string ApplicantNumber { get; set; }
    public required string ApplicantKind { get; set; }
    public required string ApplicantName { get; set; }
    public string? ApplicantPhone { get; set; }
    public string? ApplicantUserName { get; set; }
    /// <summary>The village agent who applied on the applicant's behalf (代办), and the consent they recorded.</summary>
    public string? AgentUserName { get; set; }
    public string? AgentUnit { get; set; }
    public DateTime? ConsentRecordedAt { get; set; }
    public string? ConsentNote { get; set; }
    /// <summary>The scan of the signed 代办委托书 (a stored file's SHA-256), the consent an agent's filing rests on.</summary>
    public string? ConsentDocumentSha256 { get; set; }
    /// <summary>When the applicant revoked the agent's filing in their own account; the agent has no access from then on.</summary>
    public DateTime? ConsentRevokedAt { get; set; }
    public required string HandlingUnit { get; set; }
    public string? ApplicantVillage { get; set; }
    public required string Status { get; set; }
    public required string FormJson { get; set; }
    public required string Channel { get; set; }
    public DateTime SubmittedAt { get; set; }
    public DateTime? AcceptedAt { get; set; }
    public DateTime? DecidedAt { get; set; }
    public DateTime? ClosedAt { get; set; }
    public DateTime? SupplementRequestedAt { get; set; }
    public string? SupplementItemsJson { get; set; }
    public int ExtensionDays { get; set; }
    public string? ExtensionReason { get; set; }
    public string? ExtensionApprovedBy { get; set; }
    public DateTime? StatutoryDueAt { get; set; }
    public DateTime? PromisedDueAt { get; set; }
    public bool DueProvisional { get; set; }
    public string? DecisionReason { get; set; }
    public string? DecisionBasis { get; set; }
    /// <summary>When the supervision sweep must next look at the case: set to the time of every change, moved on by the sweep to the next deadline.</summary>
    public DateTime? SuperviseAt { get; set; }
    public int Revision { get; set; }
}
