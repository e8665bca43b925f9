namespace WorkflowHall.Domain.Identity;

/// <summary>The first two digits of a GB/T 2260 region code that name a province-level division.</summary>
internal static class ProvinceCodes
{
    private static readonly HashSet<int> Known =
    [
        11, 12, 13, 14, 15,
        21, 22, 23,
        31, 32, 33, 34, 35, 36, 37,
        41, 42, 43, 44, 45, 46,
        50, 51, 52, 53, 54,
        61, 62, 63, 64, 65,
        71,
        // 81 Hong Kong, 82 Macao; 83 is issued on Taiwan residents' residence permits (港澳台居民居住证, 2018).
        81, 82, 83,
    ];

    public static bool IsKnown(ReadOnlySpan<char> firstTwoDigits)
        => Known.Contains(((firstTwoDigits[0] - '0') * 10) + (firstTwoDigits[1] - '0'));
}
