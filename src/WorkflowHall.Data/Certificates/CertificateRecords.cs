using System.Text.Encodings.Web;
using System.Text.Json;
using WorkflowHall.Data.Records.Hall;
using WorkflowHall.Domain.Certificates;

namespace WorkflowHall.Data.Certificates;

/// <summary>
/// Between a certificate's content and its row. The row has no columns for the matter's name and the
/// case number, so they travel in <c>SurfaceJson</c> with the surface fields:
/// <c>{"matterName":…,"caseNumber":…,"fields":{label:value,…}}</c>, fields in printing order.
/// </summary>
internal static class CertificateRecords
{
    private static readonly JsonWriterOptions Writing = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static CertificateRecord ToRecord(CertificateContent content, string caseId, string signature, string keyId) => new()
    {
        Identifier = content.Identifier,
        CaseId = caseId,
        ImplementationCode = content.ImplementationCode,
        TypeCode = content.TypeCode,
        Name = content.Name,
        HolderNumber = content.HolderNumber,
        HolderName = content.HolderName,
        IssuerUscc = content.IssuerUscc,
        IssuerName = content.IssuerName,
        IssuedAt = content.IssuedAt.UtcDateTime,
        ValidUntil = content.ValidUntil?.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
        Status = nameof(CertificateStatus.Valid),
        PreviousIdentifier = content.PreviousIdentifier,
        SurfaceJson = SurfaceJson(content),
        Signature = signature,
        KeyId = keyId,
    };

    /// <summary>The content as stored, or null when its surface JSON cannot be read (it was altered).</summary>
    public static CertificateContent? ToContent(CertificateRecord record)
    {
        try
        {
            using var json = JsonDocument.Parse(record.SurfaceJson);
            var root = json.RootElement;
            var fields = root.GetProperty("fields").EnumerateObject().Select(p => KeyValuePair.Create(p.Name, p.Value.GetString()!)).ToList();
            return new CertificateContent
            {
                Identifier = record.Identifier,
                Name = record.Name,
                TypeCode = record.TypeCode,
                HolderNumber = record.HolderNumber,
                HolderName = record.HolderName,
                IssuerUscc = record.IssuerUscc,
                IssuerName = record.IssuerName,
                MatterName = root.GetProperty("matterName").GetString()!,
                ImplementationCode = record.ImplementationCode,
                CaseNumber = root.GetProperty("caseNumber").GetString()!,
                IssuedAt = AsUtc(record.IssuedAt),
                ValidUntil = record.ValidUntil is { } until ? DateOnly.FromDateTime(until) : null,
                PreviousIdentifier = record.PreviousIdentifier,
                Surface = fields,
            };
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or ArgumentNullException)
        {
            return null;
        }
    }

    public static CertificateStatus? StatusOf(CertificateRecord record)
        => Enum.TryParse<CertificateStatus>(record.Status, ignoreCase: false, out var status) && Enum.IsDefined(status) ? status : null;

    /// <summary>SQLite gives back times without a kind; every time in the hall's tables is UTC.</summary>
    public static DateTimeOffset AsUtc(DateTime time) => StoredTime.FromStored(time);

    private static string SurfaceJson(CertificateContent content)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Writing))
        {
            writer.WriteStartObject();
            writer.WriteString("matterName", content.MatterName);
            writer.WriteString("caseNumber", content.CaseNumber);
            writer.WriteStartObject("fields");
            foreach (var (label, value) in content.Surface)
            {
                writer.WriteString(label, value);
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
