using System.Globalization;

namespace WorkflowHall.Engine.Time;

/// <summary>
/// Reads <c>PnYnMnWnDTnHnMnS</c>. Positions in messages count characters from 1 in the text the
/// user wrote, so a duration inside a cycle is reported where it stands in the whole expression.
/// </summary>
internal static class IsoDurationParser
{
    private const int MaxIntegerDigits = 9;
    private const decimal MaxLengthInDays = 366_000; // about 1000 years; keeps AddTo clear of DateTimeOffset.MaxValue

    private static readonly string[] NamesZh = ["年", "月", "周", "日", "时", "分", "秒"];
    private static readonly string[] NamesEn = ["years", "months", "weeks", "days", "hours", "minutes", "seconds"];
    private static readonly decimal[] ApproximateDays = [366, 31, 7, 1, 1m / 24, 1m / 1440, 1m / 86400];

    /// <param name="text">The duration alone, already trimmed.</param>
    /// <param name="offset">How many characters precede <paramref name="text"/> in the expression.</param>
    public static TimeTextError? Parse(string text, int offset, out IsoDuration duration)
    {
        duration = default;
        if (text.Length == 0)
        {
            return new("时长为空（例如 PT2H、P3D）", "The duration is empty (e.g. PT2H, P3D)");
        }

        if (text[0] != 'P')
        {
            return text[0] == '-'
                ? new("不支持负的时长", "Negative durations are not supported")
                : new($"时长必须以 'P' 开头（例如 PT2H、P3D），第 {offset + 1} 个字符是 '{text[0]}'",
                    $"A duration must start with 'P' (e.g. PT2H, P3D); found '{text[0]}' at position {offset + 1}");
        }

        var parts = new decimal[7];
        var lastRank = -1;
        var inTime = false;
        var fractionAt = -1;
        var i = 1;
        while (i < text.Length)
        {
            var position = offset + i + 1;
            var c = text[i];
            if (c == 'T')
            {
                if (inTime)
                {
                    return new($"第 {position} 个字符处多了一个 'T'", $"A second 'T' at position {position}");
                }

                inTime = true;
                i++;
                if (i == text.Length)
                {
                    return new($"第 {position} 个字符处的 'T' 后面缺少时、分或秒（例如 PT2H）",
                        $"The 'T' at position {position} must be followed by hours, minutes or seconds (e.g. PT2H)");
                }

                continue;
            }

            if (!char.IsAsciiDigit(c))
            {
                return c == '-'
                    ? new("不支持负的时长", "Negative durations are not supported")
                    : char.IsAsciiLetter(c)
                        ? new($"第 {position} 个字符处的单位 '{c}' 前面缺少数字", $"Designator '{c}' at position {position} has no number before it")
                        : new($"第 {position} 个字符 '{c}' 不应出现在时长中", $"Unexpected character '{c}' at position {position} in the duration");
            }

            if (fractionAt >= 0)
            {
                return new($"只有最后（最小）的一项可以带小数，第 {fractionAt} 个字符处的小数后面还有内容",
                    $"Only the last (smallest) part may have a fraction; the fraction at position {fractionAt} is followed by more parts");
            }

            var numberStart = i;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                i++;
            }

            if (i - numberStart > MaxIntegerDigits)
            {
                return new($"第 {position} 个字符处的数字太大", $"The number at position {position} is too large");
            }

            var hasFraction = i < text.Length && text[i] is '.' or ',';
            var integerEnd = i;
            if (hasFraction)
            {
                i++;
                var fractionStart = i;
                while (i < text.Length && char.IsAsciiDigit(text[i]))
                {
                    i++;
                }

                if (i == fractionStart)
                {
                    return new($"第 {offset + integerEnd + 1} 个字符处的小数点后缺少数字",
                        $"The decimal mark at position {offset + integerEnd + 1} must be followed by digits");
                }

                if (i - fractionStart > MaxIntegerDigits)
                {
                    return new($"第 {position} 个字符处的数字小数位太多", $"The number at position {position} has too many decimal places");
                }
            }

            if (i == text.Length)
            {
                return new($"第 {position} 个字符处的数字后面缺少单位（Y、M、W、D、H、M 或 S）",
                    $"The number at position {position} has no designator after it (Y, M, W, D, H, M or S)");
            }

            var designatorPosition = offset + i + 1;
            var designator = text[i];
            var rank = Rank(designator, inTime);
            if (rank < 0)
            {
                return WrongDesignator(designator, designatorPosition, inTime);
            }

            if (rank <= lastRank)
            {
                return new($"第 {designatorPosition} 个字符处的 '{designator}' 重复或顺序不对，顺序应为 Y M W D T H M S",
                    $"'{designator}' at position {designatorPosition} is repeated or out of order; the order is Y M W D T H M S");
            }

            if (hasFraction && rank <= 1)
            {
                return new($"{NamesZh[rank]}数不能带小数（每{NamesZh[rank]}长短不一），第 {position} 个字符",
                    $"{NamesEn[rank]} cannot have a fraction (their length varies), at position {position}");
            }

            var number = text[numberStart..i].Replace(',', '.');
            parts[rank] = decimal.Parse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
            if (hasFraction)
            {
                fractionAt = offset + integerEnd + 1;
            }

            lastRank = rank;
            i++;
        }

        if (lastRank < 0)
        {
            return new("时长里没有任何数值（例如 PT2H、P3D）", "The duration has no parts (e.g. PT2H, P3D)");
        }

        var lengthInDays = 0m;
        for (var rank = 0; rank < parts.Length; rank++)
        {
            lengthInDays += parts[rank] * ApproximateDays[rank];
        }

        if (lengthInDays > MaxLengthInDays)
        {
            return new("时长超过 1000 年，不支持", "Durations longer than 1000 years are not supported");
        }

        duration = new IsoDuration((int)parts[0], (int)parts[1], parts[2], parts[3], parts[4], parts[5], parts[6]);
        return null;
    }

    private static int Rank(char designator, bool inTime) => (designator, inTime) switch
    {
        ('Y', false) => 0,
        ('M', false) => 1,
        ('W', false) => 2,
        ('D', false) => 3,
        ('H', true) => 4,
        ('M', true) => 5,
        ('S', true) => 6,
        _ => -1,
    };

    private static TimeTextError WrongDesignator(char designator, int position, bool inTime) => (designator, inTime) switch
    {
        ('H' or 'S', false) => new($"第 {position} 个字符处的 '{designator}' 前面要有 'T'（例如 PT2H、P1DT2H）",
            $"'{designator}' at position {position} needs a 'T' before the time part (e.g. PT2H, P1DT2H)"),
        ('Y' or 'W' or 'D', true) => new($"第 {position} 个字符处的 '{designator}' 应写在 'T' 之前（例如 P1DT2H）",
            $"'{designator}' at position {position} belongs before the 'T' (e.g. P1DT2H)"),
        _ => new($"第 {position} 个字符处的 '{designator}' 不是时长单位（可用 Y、M、W、D，以及 T 之后的 H、M、S）",
            $"Unknown designator '{designator}' at position {position} (expected Y, M, W, D, or H, M, S after T)"),
    };
}
