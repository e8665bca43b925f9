using System.Globalization;

namespace WorkflowHall.Engine.Time;

/// <summary>
/// Walks a duration after its leading 'P', one time mark or one number-and-designator part at a time,
/// remembering what the order rules need (the last unit read, whether the 'T' was passed, where a fraction stood).
/// </summary>
internal sealed class IsoDurationReader(string text, int offset)
{
    private const int MaxIntegerDigits = 9;
    private const decimal MaxLengthInDays = 366_000; // about 1000 years; keeps AddTo clear of DateTimeOffset.MaxValue

    private static readonly string[] NamesZh = ["年", "月", "周", "日", "时", "分", "秒"];
    private static readonly string[] NamesEn = ["years", "months", "weeks", "days", "hours", "minutes", "seconds"];
    private static readonly decimal[] ApproximateDays = [366, 31, 7, 1, 1m / 24, 1m / 1440, 1m / 86400];

    private readonly decimal[] parts = new decimal[7];
    private int lastRank = -1;
    private bool inTime;
    private int fractionAt = -1;
    private int i = 1;

    public bool AtEnd => i >= text.Length;

    /// <summary>The position, counted from 1 in the whole expression, of the character at <paramref name="index"/>.</summary>
    private int PositionOf(int index) => offset + index + 1;

    public TimeTextError? ReadNext()
    {
        var c = text[i];
        if (c == 'T')
        {
            return ReadTimeMark();
        }

        if (!char.IsAsciiDigit(c))
        {
            var position = PositionOf(i);
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

        return ReadPart();
    }

    private TimeTextError? ReadTimeMark()
    {
        var position = PositionOf(i);
        if (inTime)
        {
            return new($"第 {position} 个字符处多了一个 'T'", $"A second 'T' at position {position}");
        }

        inTime = true;
        i++;
        return AtEnd
            ? new($"第 {position} 个字符处的 'T' 后面缺少时、分或秒（例如 PT2H）",
                $"The 'T' at position {position} must be followed by hours, minutes or seconds (e.g. PT2H)")
            : null;
    }

    /// <summary>A number, perhaps with a fraction, and the designator after it.</summary>
    private TimeTextError? ReadPart()
    {
        var numberStart = i;
        var position = PositionOf(numberStart);
        if (SkipDigits() > MaxIntegerDigits)
        {
            return new($"第 {position} 个字符处的数字太大", $"The number at position {position} is too large");
        }

        var integerEnd = i;
        var hasFraction = i < text.Length && text[i] is '.' or ',';
        if (hasFraction && ReadFraction(position, integerEnd) is { } fractionError)
        {
            return fractionError;
        }

        if (AtEnd)
        {
            return new($"第 {position} 个字符处的数字后面缺少单位（Y、M、W、D、H、M 或 S）",
                $"The number at position {position} has no designator after it (Y, M, W, D, H, M or S)");
        }

        var rank = Rank(text[i], inTime);
        if (CheckDesignator(rank, hasFraction, position) is { } designatorError)
        {
            return designatorError;
        }

        var number = text[numberStart..i].Replace(',', '.');
        parts[rank] = decimal.Parse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        if (hasFraction)
        {
            fractionAt = PositionOf(integerEnd);
        }

        lastRank = rank;
        i++;
        return null;
    }

    private int SkipDigits()
    {
        var start = i;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        return i - start;
    }

    private TimeTextError? ReadFraction(int position, int integerEnd)
    {
        i++;
        var digits = SkipDigits();
        if (digits == 0)
        {
            return new($"第 {PositionOf(integerEnd)} 个字符处的小数点后缺少数字",
                $"The decimal mark at position {PositionOf(integerEnd)} must be followed by digits");
        }

        return digits > MaxIntegerDigits
            ? new($"第 {position} 个字符处的数字小数位太多", $"The number at position {position} has too many decimal places")
            : null;
    }

    private TimeTextError? CheckDesignator(int rank, bool hasFraction, int numberPosition)
    {
        var designator = text[i];
        var position = PositionOf(i);
        if (rank < 0)
        {
            return WrongDesignator(designator, position, inTime);
        }

        if (rank <= lastRank)
        {
            return new($"第 {position} 个字符处的 '{designator}' 重复或顺序不对，顺序应为 Y M W D T H M S",
                $"'{designator}' at position {position} is repeated or out of order; the order is Y M W D T H M S");
        }

        return hasFraction && rank <= 1
            ? new($"{NamesZh[rank]}数不能带小数（每{NamesZh[rank]}长短不一），第 {numberPosition} 个字符",
                $"{NamesEn[rank]} cannot have a fraction (their length varies), at position {numberPosition}")
            : null;
    }

    public TimeTextError? Finish(out IsoDuration duration)
    {
        duration = default;
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
