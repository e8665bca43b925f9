using System.Globalization;

namespace WorkflowHall.Cli.Seeding;

/// <summary>Makes valid numbers for generated applicants: citizen ID numbers (GB 11643) and unified social credit codes (GB 32100).</summary>
internal static class IdentityNumbers
{
    private static readonly int[] IdWeights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string IdCheck = "10X98765432";

    private const string CreditAlphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] CreditWeights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
    private static readonly int[] OrganisationWeights = [3, 7, 9, 10, 5, 8, 4, 2];

    /// <summary>A citizen ID number: region, birth date, sequence (odd for men) and the MOD 11-2 check character.</summary>
    public static string CitizenId(string regionCode, DateOnly birthDate, int sequence)
    {
        var first17 = regionCode + birthDate.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + sequence.ToString("D3", CultureInfo.InvariantCulture);
        var sum = 0;
        for (var i = 0; i < 17; i++) sum += (first17[i] - '0') * IdWeights[i];
        return first17 + IdCheck[sum % 11];
    }

    /// <summary>
    /// An enterprise's credit code (registered by 市场监管, category 1 企业): region, an organisation code
    /// whose 8-character body starts "MA" as the codes issued since 2015 do, its GB 11714 check, and the GB 32100 check.
    /// </summary>
    public static string CreditCode(string regionCode, string bodyTail)
    {
        var body = "MA" + bodyTail;
        var sum = 0;
        for (var i = 0; i < 8; i++) sum += (char.IsAsciiDigit(body[i]) ? body[i] - '0' : body[i] - 'A' + 10) * OrganisationWeights[i];
        var organisationCheck = (11 - sum % 11) switch { 10 => 'X', 11 => '0', var d => (char)('0' + d) };
        var first17 = "91" + regionCode + body + organisationCheck;
        var total = 0;
        for (var i = 0; i < 17; i++) total += CreditAlphabet.IndexOf(first17[i]) * CreditWeights[i];
        return first17 + CreditAlphabet[(31 - total % 31) % 31];
    }

    /// <summary>Characters a credit code's organisation body may use.</summary>
    public static string Alphabet => CreditAlphabet;
}
