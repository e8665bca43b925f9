using System.Globalization;

namespace WorkflowHall.Domain.Identity;

/// <summary>
/// A case number (办件编号): the matter's implementation code (实施编码), the date the case was
/// registered (yyyyMMdd, China time) and a 4-digit serial within that day — the shape seen in the
/// Guangdong feed. GB/T 39046 gives it no structure (an..50), so this is the hall's default.
/// </summary>
public sealed record CaseNumber
{
    public const int MaxImplementationCodeLength = 36;

    public const int MaxSerial = 9999;

    public const int MaxLength = MaxImplementationCodeLength + DateLength + SerialLength;

    private const int DateLength = 8;

    private const int SerialLength = 4;

    private CaseNumber(string implementationCode, DateOnly date, int serial)
    {
        ImplementationCode = implementationCode;
        Date = date;
        Serial = serial;
    }

    public string ImplementationCode { get; }

    /// <summary>The day the case was registered, in China Standard Time.</summary>
    public DateOnly Date { get; }

    /// <summary>The case's place among that matter's cases that day, from 1.</summary>
    public int Serial { get; }

    public string Value => string.Concat(
        ImplementationCode,
        Date.ToString("yyyyMMdd", CultureInfo.InvariantCulture),
        Serial.ToString("D4", CultureInfo.InvariantCulture));

    /// <summary>
    /// The number of a new case. <paramref name="date"/> is the registration day in China time:
    /// the caller converts the instant, since a case registered at 07:30 Beijing time is that day's case.
    /// </summary>
    public static IdentityCheck<CaseNumber> Format(string implementationCode, DateOnly date, int serial)
    {
        var codeError = CheckImplementationCode(implementationCode);
        if (codeError is not null)
        {
            return IdentityCheck<CaseNumber>.Invalid(codeError);
        }

        if (serial is < 1 or > MaxSerial)
        {
            return IdentityCheck<CaseNumber>.Invalid(CaseNumberErrors.SerialRange(serial));
        }

        return IdentityCheck<CaseNumber>.Valid(new CaseNumber(implementationCode, date, serial));
    }

    /// <summary>Splits a case number back into its parts, reading the date and serial from the end.</summary>
    public static IdentityCheck<CaseNumber> Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return IdentityCheck<CaseNumber>.Invalid(CaseNumberErrors.Empty());
        }

        var value = IdentityText.Normalise(text);
        if (value.Length is < 1 + DateLength + SerialLength or > MaxLength)
        {
            return IdentityCheck<CaseNumber>.Invalid(CaseNumberErrors.Length(value.Length));
        }

        var codeLength = value.Length - DateLength - SerialLength;
        var implementationCode = value[..codeLength];
        var dateText = value.Substring(codeLength, DateLength);
        var serialText = value[^SerialLength..];

        var codeError = CheckImplementationCode(implementationCode);
        if (codeError is not null)
        {
            return IdentityCheck<CaseNumber>.Invalid(codeError);
        }

        if (!DateOnly.TryParseExact(dateText, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return IdentityCheck<CaseNumber>.Invalid(CaseNumberErrors.Date(dateText));
        }

        if (!serialText.All(IdentityText.IsAsciiDigit) || serialText == "0000")
        {
            return IdentityCheck<CaseNumber>.Invalid(CaseNumberErrors.Serial(serialText));
        }

        return IdentityCheck<CaseNumber>.Valid(
            new CaseNumber(implementationCode, date, int.Parse(serialText, CultureInfo.InvariantCulture)));
    }

    public override string ToString() => Value;

    private static IdentityError? CheckImplementationCode(string implementationCode)
    {
        if (implementationCode.Length == 0)
        {
            return CaseNumberErrors.ImplementationCodeEmpty();
        }

        if (implementationCode.Length > MaxImplementationCodeLength)
        {
            return CaseNumberErrors.ImplementationCodeLength(implementationCode.Length);
        }

        for (var i = 0; i < implementationCode.Length; i++)
        {
            if (!IdentityText.IsUpperAlphanumeric(implementationCode[i]))
            {
                return CaseNumberErrors.ImplementationCodeCharacter(i + 1, implementationCode[i]);
            }
        }

        return null;
    }
}
