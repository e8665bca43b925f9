using System.Globalization;

namespace WorkflowHall.Domain.Identity;

/// <summary>
/// A citizen ID number (公民身份号码, GB 11643-1999): 6-digit address code, 8-digit birth date,
/// 3-digit sequence (odd for men, even for women) and an ISO 7064 MOD 11-2 check character.
/// </summary>
public sealed record CitizenIdNumber
{
    public const int Length = 18;

    private CitizenIdNumber(string value, DateOnly birthDate)
    {
        Value = value;
        BirthDate = birthDate;
    }

    /// <summary>The 18 characters, with a check character X in upper case.</summary>
    public string Value { get; }

    public DateOnly BirthDate { get; }

    /// <summary>From the sequence code (characters 15–17): odd for men, even for women.</summary>
    public bool IsMale => (Value[16] - '0') % 2 == 1;

    /// <summary>The address code (characters 1–6), the county where the number was first issued.</summary>
    public string RegionCode => Value[..6];

    /// <summary>The form lists and logs show: the first 4 and last 4 characters, the rest masked.</summary>
    public string Masked => PersonalDataMask.MaskIdNumber(Value);

    /// <summary>
    /// Reads a number as typed: surrounding spaces, full-width digits and a lower-case x are accepted.
    /// <paramref name="today"/> is the hall's date, so a birth date in the future is refused.
    /// </summary>
    public static IdentityCheck<CitizenIdNumber> Parse(string? text, DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return IdentityCheck<CitizenIdNumber>.Invalid(CitizenIdErrors.Empty());
        }

        var typed = text.Trim();
        var value = IdentityText.Normalise(text);
        if (value.Length != Length)
        {
            return IdentityCheck<CitizenIdNumber>.Invalid(CitizenIdErrors.Length(value.Length));
        }

        for (var i = 0; i < Length - 1; i++)
        {
            if (!IdentityText.IsAsciiDigit(value[i]))
            {
                return IdentityCheck<CitizenIdNumber>.Invalid(CitizenIdErrors.NotADigit(i + 1, typed[i]));
            }
        }

        if (!IdentityText.IsAsciiDigit(value[17]) && value[17] != 'X')
        {
            return IdentityCheck<CitizenIdNumber>.Invalid(CitizenIdErrors.NotACheckCharacter(typed[17]));
        }

        if (!ProvinceCodes.IsKnown(value.AsSpan(0, 2)))
        {
            return IdentityCheck<CitizenIdNumber>.Invalid(CitizenIdErrors.Region(value[..2]));
        }

        var birth = value.Substring(6, 8);
        if (!DateOnly.TryParseExact(birth, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var birthDate))
        {
            return IdentityCheck<CitizenIdNumber>.Invalid(CitizenIdErrors.BirthDateDoesNotExist(birth));
        }

        if (birthDate.Year < 1900)
        {
            return IdentityCheck<CitizenIdNumber>.Invalid(CitizenIdErrors.BirthDateBefore1900(birth));
        }

        if (birthDate > today)
        {
            return IdentityCheck<CitizenIdNumber>.Invalid(CitizenIdErrors.BirthDateAfterToday(birth));
        }

        var expected = CitizenIdCheckCharacter.Compute(value.AsSpan(0, 17));
        if (value[17] != expected)
        {
            return IdentityCheck<CitizenIdNumber>.Invalid(CitizenIdErrors.CheckCharacter(expected, value[17]));
        }

        return IdentityCheck<CitizenIdNumber>.Valid(new CitizenIdNumber(value, birthDate));
    }

    /// <summary>Masked, so that a number written into a log or message by accident is not disclosed; use <see cref="Value"/> to store it.</summary>
    public override string ToString() => Masked;
}
