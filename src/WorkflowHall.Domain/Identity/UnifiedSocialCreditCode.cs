namespace WorkflowHall.Domain.Identity;

/// <summary>
/// A unified social credit code (统一社会信用代码, GB 32100-2015) of a legal person or other organisation:
/// registering authority (1), organisation category (2), region (3–8), organisation code per GB 11714
/// with its own check character (9–17), and a check character (18).
/// </summary>
public sealed record UnifiedSocialCreditCode
{
    public const int Length = 18;

    private UnifiedSocialCreditCode(string value) => Value = value;

    public string Value { get; }

    /// <summary>Character 1, e.g. 1 机构编制, 5 民政, 9 市场监管 (formerly 工商).</summary>
    public char RegistrationAuthorityCode => Value[0];

    /// <summary>Character 2, defined by each registering authority (e.g. under 9: 1 企业, 2 个体工商户, 3 农民专业合作社).</summary>
    public char OrganisationCategoryCode => Value[1];

    /// <summary>Characters 3–8: the GB/T 2260 region of the registering authority (100000 for national bodies).</summary>
    public string RegionCode => Value.Substring(2, 6);

    /// <summary>Characters 9–17: the GB 11714 organisation code, its check character included.</summary>
    public string OrganisationCode => Value.Substring(8, 9);

    /// <summary>Reads a code as typed: surrounding spaces, full-width characters and lower case are accepted.</summary>
    public static IdentityCheck<UnifiedSocialCreditCode> Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return IdentityCheck<UnifiedSocialCreditCode>.Invalid(CreditCodeErrors.Empty());
        }

        var typed = text.Trim();
        var value = IdentityText.Normalise(text);
        if (value.Length != Length)
        {
            return IdentityCheck<UnifiedSocialCreditCode>.Invalid(CreditCodeErrors.Length(value.Length));
        }

        for (var i = 0; i < Length; i++)
        {
            if (!CreditCodeCheckCharacters.Alphabet.Contains(value[i]))
            {
                return IdentityCheck<UnifiedSocialCreditCode>.Invalid(CreditCodeErrors.Character(i + 1, typed[i], value[i]));
            }
        }

        for (var i = 2; i < 8; i++)
        {
            if (!IdentityText.IsAsciiDigit(value[i]))
            {
                return IdentityCheck<UnifiedSocialCreditCode>.Invalid(CreditCodeErrors.RegionDigit(i + 1, value[i]));
            }
        }

        // Character 18 covers the whole code, so a typo anywhere shows there first; a code whose
        // 18th is right but whose 17th is not was issued or copied with a broken organisation code.
        var expected = CreditCodeCheckCharacters.ComputeCode(value.AsSpan(0, 17));
        if (value[17] != expected)
        {
            return IdentityCheck<UnifiedSocialCreditCode>.Invalid(CreditCodeErrors.CheckCharacter(expected, value[17]));
        }

        var expectedOrganisation = CreditCodeCheckCharacters.ComputeOrganisation(value.AsSpan(8, 8));
        if (value[16] != expectedOrganisation)
        {
            return IdentityCheck<UnifiedSocialCreditCode>.Invalid(
                CreditCodeErrors.OrganisationCheckCharacter(expectedOrganisation, value[16]));
        }

        return IdentityCheck<UnifiedSocialCreditCode>.Valid(new UnifiedSocialCreditCode(value));
    }

    public override string ToString() => Value;
}
