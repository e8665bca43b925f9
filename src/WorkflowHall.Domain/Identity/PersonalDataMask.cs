namespace WorkflowHall.Domain.Identity;

/// <summary>
/// Masks personal numbers for lists, logs and notices, where the full number is not needed
/// but the person reading must still tell two applicants apart.
/// </summary>
public static class PersonalDataMask
{
    private const char MaskCharacter = '*';

    /// <summary>
    /// Keeps the first 4 and last 4 characters: <c>440106199001011234</c> → <c>4401**********1234</c>.
    /// Anything of 8 characters or fewer is masked whole, since keeping 8 would reveal all of it.
    /// </summary>
    public static string MaskIdNumber(string? number) => Mask(number, keepStart: 4, keepEnd: 4);

    /// <summary>
    /// Keeps the first 3 and last 4 characters: <c>13812345678</c> → <c>138****5678</c>.
    /// Anything of 7 characters or fewer is masked whole.
    /// </summary>
    public static string MaskPhone(string? number) => Mask(number, keepStart: 3, keepEnd: 4);

    /// <summary>A citizen's name with the family name kept: <c>张丽</c> → <c>张*</c>. (An organisation's name is public.)</summary>
    public static string MaskName(string? name)
    {
        var text = name?.Trim() ?? "";
        return text.Length <= 1 ? text : string.Concat(text.AsSpan(0, 1), new string(MaskCharacter, text.Length - 1));
    }

    private static string Mask(string? number, int keepStart, int keepEnd)
    {
        if (string.IsNullOrWhiteSpace(number))
        {
            return string.Empty;
        }

        var text = number.Trim();
        if (text.Length <= keepStart + keepEnd)
        {
            return new string(MaskCharacter, text.Length);
        }

        return string.Concat(
            text.AsSpan(0, keepStart),
            new string(MaskCharacter, text.Length - keepStart - keepEnd),
            text.AsSpan(text.Length - keepEnd));
    }
}
