namespace WorkflowHall.Domain.Certificates;

/// <summary>
/// ISO/IEC 7064 (GB/T 17710) hybrid system MOD 37,36 over 0–9 A–Z: one check character from the
/// same 36 characters. Starting from P = 36, each character of value v gives S = (P + v) mod 36,
/// read as 36 when 0, then P = 2S mod 37; the check character c makes (P + c) mod 36 = 1.
/// </summary>
internal static class Iso7064Mod3736
{
    private const string Alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    private const int Modulus = 36;

    /// <summary>The check character for <paramref name="data"/>, which holds only 0–9 and A–Z.</summary>
    public static char Compute(ReadOnlySpan<char> data)
    {
        var p = Modulus;
        foreach (var c in data)
        {
            var s = (p + Alphabet.IndexOf(c)) % Modulus;
            if (s == 0)
            {
                s = Modulus;
            }

            p = s * 2 % (Modulus + 1);
        }

        return Alphabet[(Modulus + 1 - p) % Modulus];
    }
}
