using System.Text.Json;

namespace WorkflowHall.Web.Portal.Applicant;

/// <summary>One surface field (照面信息) of a certificate: label and value, in printing order.</summary>
public sealed record CertificateSurfaceField(string Label, string Value)
{
    /// <summary>Reads the fields of a stored surface (<c>{"matterName":…,"caseNumber":…,"fields":{label:value,…}}</c>); nothing when it does not read.</summary>
    public static IReadOnlyList<CertificateSurfaceField> Read(string? json)
    {
        if (string.IsNullOrWhiteSpace(json)) return [];
        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("fields", out var fields) && fields.ValueKind == JsonValueKind.Object
                ? [.. fields.EnumerateObject().Select(p => new CertificateSurfaceField(p.Name, p.Value.ToString()))]
                : [];
        }
        catch (JsonException)
        {
            return [];
        }
    }
}
