using WorkflowHall.Domain.Identity;
using WorkflowHall.Engine.Time;

namespace WorkflowHall.Domain.Certificates;

/// <summary>
/// The answer to "is this certificate genuine and in force", in words for the person at the window
/// or the public verification page. <see cref="Certificate"/> is set only when the certificate is
/// genuine (valid, changed, revoked or expired): a verifier with the wrong holder number, or a record
/// that fails its signature, learns nothing from it. Show <see cref="HolderNumberMasked"/> in public.
/// </summary>
public sealed record CertificateVerification(CertificateVerificationOutcome Outcome, string Identifier, string MessageZh, string MessageEn)
{
    public CertificateContent? Certificate { get; init; }

    public CertificateStatus? Status { get; init; }

    /// <summary>When it was changed or revoked, and why.</summary>
    public DateTimeOffset? StatusChangedAt { get; init; }

    public string? StatusReason { get; init; }

    /// <summary>For a changed certificate: the version that replaced it.</summary>
    public string? SuccessorIdentifier { get; init; }

    /// <summary>A citizen's number masked (organisations' codes are public and shown whole).</summary>
    public string? HolderNumberMasked => Certificate is null
        ? null
        // The number was checked when the certificate was issued; the date bound only matters then.
        : ApplicantNumber.Parse(Certificate.HolderNumber, DateOnly.MaxValue) is { IsValid: true } number
            ? number.Value.Masked
            : PersonalDataMask.MaskIdNumber(Certificate.HolderNumber);

    public bool IsValid => Outcome == CertificateVerificationOutcome.Valid;

    public static CertificateVerification Valid(CertificateContent certificate) => new(
        CertificateVerificationOutcome.Valid,
        certificate.Identifier,
        $"证照有效：{certificate.IssuerName}于{HallTime.FormatNoticeDate(certificate.IssuedOn)}颁发的{certificate.Name}，持证人{certificate.HolderName}，有效期至{ValidUntilZh(certificate.ValidUntil)}",
        $"Valid: {certificate.Name} issued by {certificate.IssuerName} on {HallTime.FormatDate(certificate.IssuedOn)} to {certificate.HolderName}, valid until {ValidUntilEn(certificate.ValidUntil)}")
    {
        Certificate = certificate,
        Status = CertificateStatus.Valid,
    };

    public static CertificateVerification Changed(CertificateContent certificate, DateTimeOffset? changedAt, string? reason, string? successor) => new(
        CertificateVerificationOutcome.Changed,
        certificate.Identifier,
        $"此证照已变更{Since(changedAt, "zh")}，不再有效{(successor is null ? "" : $"；现行版本为 {successor}")}{ReasonZh(reason)}",
        $"This certificate was changed{Since(changedAt, "en")} and is no longer in force{(successor is null ? "" : $"; the current version is {successor}")}{ReasonEn(reason)}")
    {
        Certificate = certificate,
        Status = CertificateStatus.Changed,
        StatusChangedAt = changedAt,
        StatusReason = reason,
        SuccessorIdentifier = successor,
    };

    public static CertificateVerification Revoked(CertificateContent certificate, DateTimeOffset? revokedAt, string? reason) => new(
        CertificateVerificationOutcome.Revoked,
        certificate.Identifier,
        $"此证照已注销{Since(revokedAt, "zh")}，不再有效{ReasonZh(reason)}",
        $"This certificate was revoked{Since(revokedAt, "en")} and is no longer in force{ReasonEn(reason)}")
    {
        Certificate = certificate,
        Status = CertificateStatus.Revoked,
        StatusChangedAt = revokedAt,
        StatusReason = reason,
    };

    public static CertificateVerification Expired(CertificateContent certificate) => new(
        CertificateVerificationOutcome.Expired,
        certificate.Identifier,
        $"此证照已过期：有效期至{ValidUntilZh(certificate.ValidUntil)}",
        $"This certificate has expired: it was valid until {ValidUntilEn(certificate.ValidUntil)}")
    {
        Certificate = certificate,
        Status = CertificateStatus.Expired,
    };

    public static CertificateVerification NotFound(string identifier) => new(
        CertificateVerificationOutcome.NotFound,
        identifier,
        $"未找到标识为 {identifier} 的证照：本平台未颁发此证照",
        $"No certificate with identifier {identifier} was issued here");

    public static CertificateVerification Tampered(string identifier) => new(
        CertificateVerificationOutcome.Tampered,
        identifier,
        "证照数据与签名不符：证照信息已被篡改，请勿采信，并向颁发机构核实",
        "The certificate's data does not match its signature: it has been altered; do not rely on it and check with the issuer");

    public static CertificateVerification HolderMismatch(string identifier) => new(
        CertificateVerificationOutcome.HolderMismatch,
        identifier,
        "证照标识与持证主体代码不匹配：此证照不属于所填身份证号码或统一社会信用代码",
        "The identifier and the holder's number do not match: this certificate does not belong to the ID number or credit code given");

    private static string ValidUntilZh(DateOnly? date) => date is { } d ? HallTime.FormatNoticeDate(d) : "长期";

    private static string ValidUntilEn(DateOnly? date) => date is { } d ? HallTime.FormatDate(d) : "further notice (no time limit)";

    private static string Since(DateTimeOffset? at, string language) => at is not { } time
        ? ""
        : language == "zh"
            ? $"（{HallTime.FormatNoticeDate(time)}）"
            : $" on {HallTime.FormatDate(time)}";

    private static string ReasonZh(string? reason) => string.IsNullOrWhiteSpace(reason) ? "" : $"。原因：{reason}";

    private static string ReasonEn(string? reason) => string.IsNullOrWhiteSpace(reason) ? "" : $". Reason: {reason}";
}
