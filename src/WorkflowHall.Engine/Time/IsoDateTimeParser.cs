namespace WorkflowHall.Engine.Time;

/// <summary>
/// Reads an ISO 8601 extended date or date-time: <c>2026-12-01</c>, <c>2026-12-01T09:00</c>,
/// <c>2026-12-01T09:00:00.5</c>, each optionally followed by <c>Z</c>, <c>+08:00</c>, <c>+0800</c> or
/// <c>+08</c>. Without an offset the time is China time (+08:00); a bare date means its 00:00.
/// </summary>
internal static class IsoDateTimeParser
{
    private const int MinYear = 1900;
    private const int MaxYear = 8999; // leaves room for the longest duration after it

    /// <param name="text">The date alone, already trimmed.</param>
    /// <param name="offset">How many characters precede <paramref name="text"/> in the expression.</param>
    public static TimeTextError? Parse(string text, int offset, out DateTimeOffset value)
    {
        value = default;
        var reader = new Reader(text, offset);
        if (text.Length == 0)
        {
            return new("日期为空（例如 2026-12-01T09:00:00+08:00）", "The date is empty (e.g. 2026-12-01T09:00:00+08:00)");
        }

        int year = 0, month = 0, day = 0;
        var error = reader.Digits(4, "4 位年份", "a 4-digit year", out year)
            ?? reader.Expect('-', "年份之后的 '-'", "'-' after the year")
            ?? reader.Digits(2, "2 位月份", "a 2-digit month", out month)
            ?? reader.Expect('-', "月份之后的 '-'", "'-' after the month")
            ?? reader.Digits(2, "2 位日期", "a 2-digit day", out day);
        if (error is not null)
        {
            return error;
        }

        if (year is < MinYear or > MaxYear)
        {
            return new($"年份 {year} 超出支持范围（{MinYear}–{MaxYear}）", $"Year {year} is outside the supported range ({MinYear}–{MaxYear})");
        }

        if (month is < 1 or > 12)
        {
            return new($"月份 {month:00} 不存在", $"Month {month:00} does not exist");
        }

        if (day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return new($"{year}-{month:00} 没有第 {day:00} 日", $"{year}-{month:00} has no day {day:00}");
        }

        var date = new DateOnly(year, month, day);
        if (reader.AtEnd)
        {
            value = HallTime.StartOfDay(date);
            return null;
        }

        return reader.Current == ' '
            ? new($"第 {reader.Position} 个字符：日期和时间之间要用 'T' 而不是空格（例如 2026-12-01T09:00）",
                $"Position {reader.Position}: date and time must be separated by 'T', not a space (e.g. 2026-12-01T09:00)")
            : reader.Expect('T', "日期之后的 'T' 和时间", "'T' and a time after the date")
              ?? ParseTime(reader, date, out value);
    }

    private static TimeTextError? ParseTime(Reader reader, DateOnly date, out DateTimeOffset value)
    {
        value = default;
        int hour = 0, minute = 0;
        var error = reader.Digits(2, "2 位小时", "a 2-digit hour", out hour)
            ?? reader.Expect(':', "小时之后的 ':'", "':' after the hour")
            ?? reader.Digits(2, "2 位分钟", "a 2-digit minute", out minute);
        if (error is not null)
        {
            return error;
        }

        var second = 0;
        var ticks = 0L;
        if (!reader.AtEnd && reader.Current == ':')
        {
            reader.Skip();
            if (reader.Digits(2, "2 位秒数", "2-digit seconds", out second) is { } secondError)
            {
                return secondError;
            }

            if (!reader.AtEnd && reader.Current is '.' or ',')
            {
                reader.Skip();
                if (reader.Fraction(out ticks) is { } fractionError)
                {
                    return fractionError;
                }
            }
        }

        if (hour > 23 || minute > 59 || second > 59)
        {
            return new($"时间 {hour:00}:{minute:00}:{second:00} 不存在（时 0–23，分、秒 0–59）",
                $"Time {hour:00}:{minute:00}:{second:00} does not exist (hours 0–23, minutes and seconds 0–59)");
        }

        var local = date.ToDateTime(new TimeOnly(hour, minute, second)).AddTicks(ticks);
        if (reader.AtEnd)
        {
            value = new DateTimeOffset(local, HallTime.Offset);
            return null;
        }

        if (ParseOffset(reader, out var offset) is { } offsetError)
        {
            return offsetError;
        }

        if (!reader.AtEnd)
        {
            return reader.Unexpected("时间之后", "after the time");
        }

        value = new DateTimeOffset(local, offset).ToOffset(HallTime.Offset);
        return null;
    }

    private static TimeTextError? ParseOffset(Reader reader, out TimeSpan offset)
    {
        offset = TimeSpan.Zero;
        var sign = reader.Current switch { 'Z' => 0, '+' => 1, '-' => -1, _ => (int?)null };
        if (sign is null)
        {
            return reader.Unexpected("时间之后（应为 Z 或 +08:00 这样的时区偏移）", "after the time (expected Z or an offset such as +08:00)");
        }

        var start = reader.Position;
        reader.Skip();
        if (sign == 0)
        {
            return null;
        }

        if (reader.Digits(2, "2 位时区小时", "a 2-digit offset hour", out var hours) is { } error)
        {
            return error;
        }

        var minutes = 0;
        if (!reader.AtEnd)
        {
            if (reader.Current == ':')
            {
                reader.Skip();
            }

            if (reader.Digits(2, "2 位时区分钟", "2-digit offset minutes", out minutes) is { } minuteError)
            {
                return minuteError;
            }
        }

        if (hours > 14 || minutes > 59 || hours == 14 && minutes > 0)
        {
            return new($"第 {start} 个字符处的时区偏移超出范围（最多 ±14:00）", $"The offset at position {start} is out of range (at most ±14:00)");
        }

        offset = sign.Value * new TimeSpan(hours, minutes, 0);
        return null;
    }

    private sealed class Reader(string text, int offset)
    {
        private int index;

        public bool AtEnd => index >= text.Length;
        public char Current => text[index];

        /// <summary>1-based position of the current character in the whole expression.</summary>
        public int Position => offset + index + 1;

        public void Skip() => index++;

        public TimeTextError? Digits(int count, string whatZh, string whatEn, out int value)
        {
            value = 0;
            for (var n = 0; n < count; n++)
            {
                if (AtEnd || !char.IsAsciiDigit(Current))
                {
                    return Missing(whatZh, whatEn);
                }

                value = value * 10 + (Current - '0');
                index++;
            }

            return null;
        }

        /// <summary>Decimal fraction of a second, as ticks (digits beyond the 7th are dropped).</summary>
        public TimeTextError? Fraction(out long ticks)
        {
            ticks = 0;
            var digits = 0;
            while (!AtEnd && char.IsAsciiDigit(Current))
            {
                if (digits < 7)
                {
                    ticks = ticks * 10 + (Current - '0');
                }

                digits++;
                index++;
            }

            if (digits == 0)
            {
                return Missing("小数点之后的数字", "digits after the decimal mark");
            }

            for (var n = digits; n < 7; n++)
            {
                ticks *= 10;
            }

            return null;
        }

        public TimeTextError? Expect(char expected, string whatZh, string whatEn)
        {
            if (AtEnd || Current != expected)
            {
                return Missing(whatZh, whatEn);
            }

            index++;
            return null;
        }

        public TimeTextError Unexpected(string whereZh, string whereEn) =>
            new($"第 {Position} 个字符 '{Current}' 出现在{whereZh}，无法识别",
                $"Unexpected character '{Current}' at position {Position} {whereEn}");

        private TimeTextError Missing(string whatZh, string whatEn) => AtEnd
            ? new($"日期在第 {Position} 个字符处提前结束，缺少{whatZh}（例如 2026-12-01T09:00:00+08:00）",
                $"The date ends early at position {Position}; expected {whatEn} (e.g. 2026-12-01T09:00:00+08:00)")
            : new($"第 {Position} 个字符 '{Current}' 处应为{whatZh}（例如 2026-12-01T09:00:00+08:00）",
                $"Expected {whatEn} at position {Position}, found '{Current}' (e.g. 2026-12-01T09:00:00+08:00)");
    }
}
