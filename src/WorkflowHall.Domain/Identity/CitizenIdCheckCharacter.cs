namespace WorkflowHall.Domain.Identity;

/// <summary>GB 11643-1999's check character: ISO 7064 MOD 11-2 over the first 17 digits.</summary>
internal static class CitizenIdCheckCharacter
{
    // Weight i is 2^(17-i) mod 11, as MOD 11-2 prescribes.
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

    private const string ByRemainder = "10X98765432";

    public static char Compute(ReadOnlySpan<char> first17Digits)
    {
        var sum = 0;
        for (var i = 0; i < Weights.Length; i++)
        {
            sum += (first17Digits[i] - '0') * Weights[i];
        }

        return ByRemainder[sum % 11];
    }
}
