using System.Globalization;
using WorkflowHall.Engine.Time;

namespace WorkflowHall.Domain.Certificates;

/// <summary>
/// What an electronic certificate says (DOMAIN.md §5): the fields of the national directory and
/// GB/T 39046's 办结 record, and the surface fields (照面信息) in the order they are printed. The
/// signature covers <see cref="CanonicalBytes"/>; the status does not, since it changes by design.
/// </summary>
public sealed record CertificateContent
{
    /// <summary>电子证照标识, as <see cref="CertificateIdentifier.ToString"/> writes it.</summary>
    public required string Identifier { get; init; }

    /// <summary>证照名称, e.g. 残疾人证.</summary>
    public required string Name { get; init; }

    /// <summary>证照类型代码 (21 characters).</summary>
    public required string TypeCode { get; init; }

    /// <summary>持证主体代码: a citizen ID number or a unified social credit code.</summary>
    public required string HolderNumber { get; init; }

    /// <summary>持证主体.</summary>
    public required string HolderName { get; init; }

    /// <summary>颁发机构代码.</summary>
    public required string IssuerUscc { get; init; }

    /// <summary>颁发机构.</summary>
    public required string IssuerName { get; init; }

    public required string MatterName { get; init; }

    /// <summary>The matter's 实施编码.</summary>
    public required string ImplementationCode { get; init; }

    /// <summary>The 办件编号 of the case that issued it.</summary>
    public required string CaseNumber { get; init; }

    /// <summary>颁发时间; the canonical form keeps whole seconds.</summary>
    public required DateTimeOffset IssuedAt { get; init; }

    /// <summary>The last day it is valid (China time), or null when it is valid without limit (长期).</summary>
    public DateOnly? ValidUntil { get; init; }

    /// <summary>关联证照标识: the version this one replaces.</summary>
    public string? PreviousIdentifier { get; init; }

    /// <summary>照面信息: label and value, in printing order; labels are unique.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Surface { get; init; } = [];

    /// <summary>The day of issue in China.</summary>
    public DateOnly IssuedOn => HallTime.DateOf(IssuedAt);

    /// <summary>
    /// The last valid day of a certificate issued on <paramref name="issuedOn"/> for <paramref name="years"/>
    /// years, counted as the civil code counts periods (民法典第二百零一、二百零二条): from the next day, ending
    /// on the corresponding day of the last year, or that month's last day when it has none (issued
    /// 2026-12-01 for 5 years: valid until 2031-12-01; issued 2028-02-29 for 1 year: until 2029-02-28).
    /// No years, or none given, means valid without limit (长期).
    /// </summary>
    public static DateOnly? ValidUntilFor(DateOnly issuedOn, int? years)
        => years is > 0 ? issuedOn.AddYears(years.Value) : null;

    /// <summary>Whether it is past its last valid day on <paramref name="today"/> (a China date).</summary>
    public bool IsExpiredOn(DateOnly today) => ValidUntil is { } last && today > last;

    /// <summary>
    /// The bytes the signature covers: a JSON object with keys in ordinal order (the surface too),
    /// no whitespace, only <c>"</c>, <c>\</c> and control characters escaped, the issue time in UTC to
    /// the second (<c>yyyy-MM-ddTHH:mm:ssZ</c>) and the last valid day as <c>yyyy-MM-dd</c>, in UTF-8.
    /// </summary>
    public byte[] CanonicalBytes()
    {
        var json = new CanonicalJson();
        json.StartObject();
        json.Property("caseNumber", CaseNumber);
        json.Property("format", "workflowhall-certificate/1");
        json.Property("holderName", HolderName);
        json.Property("holderNumber", HolderNumber);
        json.Property("identifier", Identifier);
        json.Property("implementationCode", ImplementationCode);
        json.Property("issuedAt", IssuedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        json.Property("issuerName", IssuerName);
        json.Property("issuerUscc", IssuerUscc);
        json.Property("matterName", MatterName);
        json.Property("name", Name);
        json.Property("previousIdentifier", PreviousIdentifier);
        json.Name("surface");
        json.StartObject();
        foreach (var field in Surface.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            json.Property(field.Key, field.Value);
        }

        json.EndObject();
        json.Property("typeCode", TypeCode);
        json.Property("validUntil", ValidUntil?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        json.EndObject();
        return json.ToUtf8();
    }
}
