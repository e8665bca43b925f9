using System.Globalization;
using WorkflowHall.Domain.Identity;

namespace WorkflowHall.Domain.Certificates;

/// <summary>
/// The identifier of an electronic certificate (电子证照标识, GB/T 36904 as implementations apply it):
/// <c>1.2.156.3005.2.&lt;type code&gt;.&lt;issuer code&gt;.&lt;serial&gt;.&lt;version&gt;.&lt;check&gt;</c>.
/// The check character is ISO/IEC 7064 MOD 37,36 over type code, issuer code, serial and version
/// written together without the dots.
/// </summary>
public sealed record CertificateIdentifier
{
    /// <summary>The object identifier under which all certificate identifiers are allocated.</summary>
    public const string Root = "1.2.156.3005.2";

    public const int TypeCodeLength = 21;

    public const int MaxSerialLength = 20;

    private CertificateIdentifier(
        string typeCode,
        UnifiedSocialCreditCode typeAuthority,
        UnifiedSocialCreditCode issuer,
        string serial,
        int version,
        char checkCharacter)
    {
        TypeCode = typeCode;
        TypeAuthority = typeAuthority;
        Issuer = issuer;
        Serial = serial;
        Version = version;
        CheckCharacter = checkCharacter;
    }

    /// <summary>21 characters: the credit code of the body that defines the certificate type, then a 3-digit number.</summary>
    public string TypeCode { get; }

    /// <summary>The body that defines the certificate type (a ministry, usually), from the type code.</summary>
    public UnifiedSocialCreditCode TypeAuthority { get; }

    public UnifiedSocialCreditCode Issuer { get; }

    /// <summary>1 to 20 digits and capital letters, chosen by the issuer.</summary>
    public string Serial { get; }

    /// <summary>0 to 999, written as 3 digits.</summary>
    public int Version { get; }

    public char CheckCharacter { get; }

    /// <summary>Builds the identifier of a new certificate (or version of one) and computes its check character.</summary>
    public static IdentityCheck<CertificateIdentifier> Create(string typeCode, string issuerCode, string serial, int version)
    {
        if (version is < 0 or > 999)
        {
            return IdentityCheck<CertificateIdentifier>.Invalid(CertificateIdentifierErrors.VersionRange(version));
        }

        return Build(typeCode, issuerCode, serial, version.ToString("D3", CultureInfo.InvariantCulture));
    }

    /// <summary>Reads an identifier as printed or scanned; spaces around it, full width and lower case are accepted.</summary>
    public static IdentityCheck<CertificateIdentifier> Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return IdentityCheck<CertificateIdentifier>.Invalid(CertificateIdentifierErrors.Empty());
        }

        var parts = IdentityText.Normalise(text).Split('.');
        var rootParts = Root.Split('.');
        if (parts.Length < rootParts.Length || !parts.AsSpan(0, rootParts.Length).SequenceEqual(rootParts))
        {
            return IdentityCheck<CertificateIdentifier>.Invalid(CertificateIdentifierErrors.Root());
        }

        var own = parts[rootParts.Length..];
        if (own.Length != 5)
        {
            return IdentityCheck<CertificateIdentifier>.Invalid(CertificateIdentifierErrors.PartCount(own.Length));
        }

        var built = Build(own[0], own[1], own[2], own[3]);
        var check = own[4];
        if (!built.IsValid)
        {
            return built;
        }

        if (check.Length != 1)
        {
            return IdentityCheck<CertificateIdentifier>.Invalid(CertificateIdentifierErrors.CheckCharacterLength(check));
        }

        if (built.Value.CheckCharacter != check[0])
        {
            return IdentityCheck<CertificateIdentifier>.Invalid(
                CertificateIdentifierErrors.CheckCharacter(built.Value.CheckCharacter, check[0]));
        }

        return built;
    }

    public override string ToString()
        => $"{Root}.{TypeCode}.{Issuer.Value}.{Serial}.{Version:D3}.{CheckCharacter}";

    /// <summary>Checks the parts in the order they are written, so the first fault reported is the leftmost.</summary>
    private static IdentityCheck<CertificateIdentifier> Build(string typeCode, string issuerCode, string serial, string version)
    {
        if (typeCode.Length != TypeCodeLength)
        {
            return IdentityCheck<CertificateIdentifier>.Invalid(CertificateIdentifierErrors.TypeCodeLength(typeCode.Length));
        }

        var typeNumber = typeCode[UnifiedSocialCreditCode.Length..];
        if (!typeNumber.All(IdentityText.IsAsciiDigit))
        {
            return IdentityCheck<CertificateIdentifier>.Invalid(CertificateIdentifierErrors.TypeCodeNumber(typeNumber));
        }

        var typeAuthority = UnifiedSocialCreditCode.Parse(typeCode[..UnifiedSocialCreditCode.Length]);
        if (!typeAuthority.IsValid || typeAuthority.Value.Value != typeCode[..UnifiedSocialCreditCode.Length])
        {
            return IdentityCheck<CertificateIdentifier>.Invalid(
                CertificateIdentifierErrors.TypeCodeAuthority(typeAuthority.Error ?? NotWrittenExactly()));
        }

        var issuer = UnifiedSocialCreditCode.Parse(issuerCode);
        if (!issuer.IsValid || issuer.Value.Value != issuerCode)
        {
            return IdentityCheck<CertificateIdentifier>.Invalid(
                CertificateIdentifierErrors.Issuer(issuer.Error ?? NotWrittenExactly()));
        }

        if (serial.Length is 0 or > MaxSerialLength)
        {
            return IdentityCheck<CertificateIdentifier>.Invalid(CertificateIdentifierErrors.SerialLength(serial.Length));
        }

        for (var i = 0; i < serial.Length; i++)
        {
            if (!IdentityText.IsUpperAlphanumeric(serial[i]))
            {
                return IdentityCheck<CertificateIdentifier>.Invalid(CertificateIdentifierErrors.SerialCharacter(i + 1, serial[i]));
            }
        }

        if (version.Length != 3 || !version.All(IdentityText.IsAsciiDigit))
        {
            return IdentityCheck<CertificateIdentifier>.Invalid(CertificateIdentifierErrors.VersionText(version));
        }

        var check = Iso7064Mod3736.Compute(string.Concat(typeCode, issuerCode, serial, version));
        return IdentityCheck<CertificateIdentifier>.Valid(new CertificateIdentifier(
            typeCode, typeAuthority.Value, issuer.Value, serial, int.Parse(version, CultureInfo.InvariantCulture), check));
    }

    // Parse accepts a code typed loosely (spaces, lower case); inside an identifier it must be written as issued.
    private static IdentityError NotWrittenExactly() => new(
        "uscc.form",
        "代码须以大写、半角、无空格的形式写出",
        "The code must be written in capitals, half-width, without spaces");
}
