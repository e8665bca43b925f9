namespace WorkflowHall.Domain.Certificates;

/// <summary>Where an electronic certificate stands (DOMAIN.md §5: 有效/变更/注销/过期).</summary>
public enum CertificateStatus
{
    /// <summary>有效: in force.</summary>
    Valid,
    /// <summary>变更: replaced by a later version, which names this one as its previous identifier.</summary>
    Changed,
    /// <summary>注销: withdrawn by the issuer.</summary>
    Revoked,
    /// <summary>过期: past its last valid day.</summary>
    Expired,
}
