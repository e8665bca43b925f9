namespace WorkflowHall.Web.Components.Portal.Applicant;

/// <summary>One material in a posted form: an uploaded file (its stored hash and name) or a held certificate chosen instead.</summary>
public sealed class MaterialInput
{
    public const string FromCertificate = "certificate";
    public const string FromUpload = "upload";

    public string Name { get; set; } = "";
    /// <summary><see cref="FromCertificate"/> or <see cref="FromUpload"/>.</summary>
    public string? Source { get; set; }
    public string? CertificateIdentifier { get; set; }
    public string? Sha256 { get; set; }
    public string? FileName { get; set; }

    public bool UsesCertificate => Source == FromCertificate && !string.IsNullOrWhiteSpace(CertificateIdentifier);
    public bool IsUploaded => !string.IsNullOrWhiteSpace(Sha256);
}
