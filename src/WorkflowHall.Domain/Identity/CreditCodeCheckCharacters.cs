namespace WorkflowHall.Domain.Identity;

/// <summary>
/// The two check characters inside a unified social credit code: the GB 32100-2015 check over
/// characters 1–17 (modulus 31 over the code's own 31-character set), and the GB 11714 check of
/// the organisation code in characters 9–17 (modulus 11).
/// </summary>
internal static class CreditCodeCheckCharacters
{
    /// <summary>The characters a credit code uses, in value order: no I, O, Z, S or V.</summary>
    public const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private static readonly int[] CodeWeights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    private static readonly int[] OrganisationWeights = [3, 7, 9, 10, 5, 8, 4, 2];

    /// <summary>Character 18 from characters 1–17: C18 = 31 − (Σ value×weight mod 31), 31 written as 0.</summary>
    public static char ComputeCode(ReadOnlySpan<char> first17)
    {
        var sum = 0;
        for (var i = 0; i < CodeWeights.Length; i++)
        {
            sum += Alphabet.IndexOf(first17[i]) * CodeWeights[i];
        }

        return Alphabet[(31 - (sum % 31)) % 31];
    }

    /// <summary>
    /// Character 17 from characters 9–16: C9 = 11 − (Σ value×weight mod 11), 10 written as X and 11 as 0.
    /// GB 11714 values letters by their place in the full Latin alphabet (A = 10 … Z = 35).
    /// </summary>
    public static char ComputeOrganisation(ReadOnlySpan<char> organisationBody)
    {
        var sum = 0;
        for (var i = 0; i < OrganisationWeights.Length; i++)
        {
            var c = organisationBody[i];
            var value = IdentityText.IsAsciiDigit(c) ? c - '0' : c - 'A' + 10;
            sum += value * OrganisationWeights[i];
        }

        return (11 - (sum % 11)) switch
        {
            10 => 'X',
            11 => '0',
            var digit => (char)('0' + digit),
        };
    }
}
