namespace WorkflowHall.Domain.Identity;

/// <summary>
/// How typed numbers are read: people paste them with spaces around, type them with a Chinese
/// input method switched to full width (０-９, Ｘ), or in lower case.
/// </summary>
internal static class IdentityText
{
    /// <summary>Trims, maps full-width ASCII to ASCII and upper-cases letters; one character in, one out.</summary>
    public static string Normalise(string text)
    {
        var trimmed = text.Trim();
        return string.Create(trimmed.Length, trimmed, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                if (c is >= '\uFF01' and <= '\uFF5E')
                {
                    c = (char)(c - 0xFEE0);
                }

                span[i] = c is >= 'a' and <= 'z' ? (char)(c - 'a' + 'A') : c;
            }
        });
    }

    public static bool IsAsciiDigit(char c) => c is >= '0' and <= '9';

    public static bool IsUpperAlphanumeric(char c) => c is >= '0' and <= '9' or >= 'A' and <= 'Z';

    /// <summary>The character as a Chinese message shows it: “A”, or 空格 for a space.</summary>
    public static string QuoteZh(char c) => char.IsWhiteSpace(c) ? "空格" : $"“{c}”";

    /// <summary>The character as an English message shows it: 'A', or a space.</summary>
    public static string QuoteEn(char c) => char.IsWhiteSpace(c) ? "a space" : $"'{c}'";
}
