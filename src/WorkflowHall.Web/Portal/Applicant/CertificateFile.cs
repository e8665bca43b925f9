using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using WorkflowHall.Data;
using WorkflowHall.Data.Records.Hall;

namespace WorkflowHall.Web.Portal.Applicant;

/// <summary>
/// The signed electronic certificate as a file the holder keeps: identifier, what it says (surface
/// fields included), its status, the signature with the signing key's id, and where to verify it.
/// Given when no PDF can be made here.
/// </summary>
public sealed record CertificateFile(
    string Identifier,
    string Name,
    string TypeCode,
    string HolderName,
    string HolderNumber,
    string IssuerName,
    string IssuerUscc,
    string CaseNumber,
    DateTimeOffset IssuedAt,
    string? ValidUntil,
    string Status,
    IReadOnlyList<CertificateSurfaceField> Surface,
    string Signature,
    string SignatureAlgorithm,
    string KeyId,
    string VerifyUrl)
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static CertificateFile From(CertificateRecord record, string caseNumber, string verifyUrl) => new(
        record.Identifier, record.Name, record.TypeCode, record.HolderName, record.HolderNumber, record.IssuerName, record.IssuerUscc, caseNumber,
        StoredTime.FromStored(record.IssuedAt), record.ValidUntil?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        record.Status, CertificateSurfaceField.Read(record.SurfaceJson), record.Signature, "ECDSA P-256 SHA-256", record.KeyId, verifyUrl);

    public byte[] ToUtf8Json() => JsonSerializer.SerializeToUtf8Bytes(this, Options);
}
