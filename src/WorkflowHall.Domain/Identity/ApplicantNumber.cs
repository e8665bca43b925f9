namespace WorkflowHall.Domain.Identity;

/// <summary>
/// The "one number" (一号) that identifies an applicant everywhere in the hall: a person's citizen
/// ID number or an organisation's unified social credit code, one field on the form for both.
/// </summary>
public sealed record ApplicantNumber
{
    private ApplicantNumber(CitizenIdNumber? citizenId, UnifiedSocialCreditCode? creditCode)
    {
        CitizenId = citizenId;
        CreditCode = creditCode;
    }

    public ApplicantNumberKind Kind => CitizenId is not null
        ? ApplicantNumberKind.CitizenIdNumber
        : ApplicantNumberKind.UnifiedSocialCreditCode;

    public string Value => CitizenId?.Value ?? CreditCode!.Value;

    /// <summary>Set when <see cref="Kind"/> is <see cref="ApplicantNumberKind.CitizenIdNumber"/>.</summary>
    public CitizenIdNumber? CitizenId { get; }

    /// <summary>Set when <see cref="Kind"/> is <see cref="ApplicantNumberKind.UnifiedSocialCreditCode"/>.</summary>
    public UnifiedSocialCreditCode? CreditCode { get; }

    /// <summary>A person's number masked for lists and logs; an organisation's code is public and shown whole.</summary>
    public string Masked => CitizenId?.Masked ?? CreditCode!.Value;

    public static ApplicantNumber Of(CitizenIdNumber citizenId) => new(citizenId, null);

    public static ApplicantNumber Of(UnifiedSocialCreditCode creditCode) => new(null, creditCode);

    /// <summary>
    /// Reads either number. Text of digits only (an X allowed last) is read as a citizen ID number
    /// first — some such numbers also pass the credit code's check — and its error is the one
    /// reported; anything else is read, and refused, as a credit code.
    /// </summary>
    public static IdentityCheck<ApplicantNumber> Parse(string? text, DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return IdentityCheck<ApplicantNumber>.Invalid(new IdentityError(
                "applicant-number.empty",
                "请输入身份证号码或统一社会信用代码",
                "Enter an ID number or a unified social credit code"));
        }

        var creditCode = UnifiedSocialCreditCode.Parse(text);
        if (!LooksLikeCitizenId(IdentityText.Normalise(text)))
        {
            return creditCode.IsValid
                ? IdentityCheck<ApplicantNumber>.Valid(Of(creditCode.Value))
                : creditCode.FailAs<ApplicantNumber>();
        }

        var citizenId = CitizenIdNumber.Parse(text, today);
        if (citizenId.IsValid)
        {
            return IdentityCheck<ApplicantNumber>.Valid(Of(citizenId.Value));
        }

        return creditCode.IsValid
            ? IdentityCheck<ApplicantNumber>.Valid(Of(creditCode.Value))
            : citizenId.FailAs<ApplicantNumber>();
    }

    public override string ToString() => Masked;

    private static bool LooksLikeCitizenId(string normalised)
    {
        for (var i = 0; i < normalised.Length; i++)
        {
            var isLastX = i == normalised.Length - 1 && normalised[i] == 'X';
            if (!IdentityText.IsAsciiDigit(normalised[i]) && !isLastX)
            {
                return false;
            }
        }

        return true;
    }
}
