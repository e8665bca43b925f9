namespace WorkflowHall.Data.Cases;

/// <summary>
/// An application (申请): the matter, the applicant by their one number, the form and the materials.
/// A village agent applying on someone's behalf (代办) names their service point and uploads the villager's signed
/// 代办委托书; free text is bounded by <see cref="Domain.Cases.TextLimits"/>.
/// </summary>
public sealed record ApplyRequest(string ImplementationCode, string ApplicantNumber, string ApplicantName, string Actor)
{
    public string? ApplicantPhone { get; init; }
    /// <summary>GB/T 39046 A.5 办理形式: 1 窗口, 2 电脑端网办, 3 移动端, 4 快递, 9 其他.</summary>
    public string Channel { get; init; } = "2";
    public IReadOnlyDictionary<string, object?> Form { get; init; } = new Dictionary<string, object?>();
    public IReadOnlyList<SubmittedMaterial> Materials { get; init; } = [];
    /// <summary>The village or community the applicant lives in (the applicant-village post rule uses it).</summary>
    public string? ApplicantVillage { get; init; }
    /// <summary>Set when a village agent applies on the applicant's behalf: the agent's service point.</summary>
    public string? AgentUnit { get; init; }
    /// <summary>A note on the consent (when and where the form was signed); the form itself is <see cref="ConsentDocumentSha256"/>.</summary>
    public string? Consent { get; init; }
    /// <summary>The uploaded scan of the applicant's signed 代办委托书 (a stored file's SHA-256); required when an agent applies.</summary>
    public string? ConsentDocumentSha256 { get; init; }
    public string? ConsentDocumentFileName { get; init; }
}

/// <summary>One material of an application: an uploaded file (by its stored hash) or a certificate the applicant holds.</summary>
public sealed record SubmittedMaterial(string MaterialName)
{
    public string? Sha256 { get; init; }
    public string? FileName { get; init; }
    public string? CertificateIdentifier { get; init; }
}
