namespace WorkflowHall.Domain.Certificates;

/// <summary>What a verifier learns about a certificate identifier (and, when given, its holder's number).</summary>
public enum CertificateVerificationOutcome
{
    /// <summary>Issued here, unchanged, in force.</summary>
    Valid,
    /// <summary>Genuine but replaced by a later version.</summary>
    Changed,
    /// <summary>Genuine but revoked (注销).</summary>
    Revoked,
    /// <summary>Genuine but past its last valid day.</summary>
    Expired,
    /// <summary>No certificate with this identifier was issued here.</summary>
    NotFound,
    /// <summary>The stored certificate no longer matches its signature: its record was altered.</summary>
    Tampered,
    /// <summary>The certificate exists, but not for the holder number the verifier gave.</summary>
    HolderMismatch,
}
