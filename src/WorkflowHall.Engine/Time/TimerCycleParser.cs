namespace WorkflowHall.Engine.Time;

/// <summary>
/// Reads ISO 8601 repeating intervals in the forms BPMN engines use: <c>R5/PT1H</c>, <c>R/PT1H</c>
/// (unbounded) and <c>R3/2026-12-01T09:00:00+08:00/P1D</c> (from a start). Intervals that end at a
/// date, or are given as two dates, are refused rather than guessed at.
/// </summary>
internal static class TimerCycleParser
{
    private const string ExamplesZh = "例如 R5/PT1H、R/PT1H 或 R3/2026-12-01T09:00:00+08:00/P1D";
    private const string ExamplesEn = "e.g. R5/PT1H, R/PT1H or R3/2026-12-01T09:00:00+08:00/P1D";

    /// <param name="text">The cycle alone, already trimmed.</param>
    /// <param name="offset">How many characters precede <paramref name="text"/> in the expression.</param>
    public static TimeTextError? Parse(string text, int offset, out TimerCycle? cycle)
    {
        cycle = null;
        if (text[0] != 'R')
        {
            return text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length is >= 5 and <= 7
                ? new($"不支持 cron 表达式，请用 ISO 8601 重复间隔（{ExamplesZh}）",
                    $"Cron expressions are not supported; use an ISO 8601 repeating interval ({ExamplesEn})")
                : new($"循环计时器必须以 'R' 开头（{ExamplesZh}）", $"A cycle must start with 'R' ({ExamplesEn})");
        }

        if (ReadRepetitions(text, offset, out var repetitions, out var first) is { } countError)
        {
            return countError;
        }

        var slash = text.IndexOf('/', first);
        if (slash < 0)
        {
            if (ParseInterval(text[first..], offset + first, out var interval) is { } intervalError)
            {
                return intervalError;
            }

            cycle = new TimerCycle(interval, repetitions, null);
            return null;
        }

        if (ParseFromStart(text, offset, first, slash, out var start, out var every) is { } startError)
        {
            return startError;
        }

        cycle = new TimerCycle(every, repetitions, start);
        return null;
    }

    /// <summary>Reads <c>R</c>, the optional count and the '/' after it; <paramref name="first"/> is where the rest begins.</summary>
    private static TimeTextError? ReadRepetitions(string text, int offset, out int? repetitions, out int first)
    {
        repetitions = null;
        var i = 1;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        first = i + 1;
        if (i == text.Length || text[i] != '/')
        {
            return i == text.Length
                ? new($"'R' 之后缺少 '/' 和间隔（{ExamplesZh}）", $"'/' and an interval are missing after 'R' ({ExamplesEn})")
                : new($"第 {offset + i + 1} 个字符 '{text[i]}' 处应为重复次数或 '/'（{ExamplesZh}）",
                    $"Expected a repetition count or '/' at position {offset + i + 1}, found '{text[i]}' ({ExamplesEn})");
        }

        if (i == 1)
        {
            return null;
        }

        if (i - 1 > 9)
        {
            return new("重复次数太大", "The repetition count is too large");
        }

        repetitions = int.Parse(text.AsSpan(1, i - 1));
        return repetitions == 0
            ? new("R0 表示一次也不触发，重复次数至少为 1（不限次数请写 R/）", "R0 would never fire; repeat at least once (write R/ for no limit)")
            : null;
    }

    /// <summary>The <c>start/interval</c> form after the count; the other two-part forms are refused by name.</summary>
    private static TimeTextError? ParseFromStart(string text, int offset, int first, int slash, out DateTimeOffset start, out IsoDuration every)
    {
        start = default;
        every = default;
        if (text.IndexOf('/', slash + 1) >= 0)
        {
            return new($"循环表达式中的 '/' 太多（{ExamplesZh}）", $"Too many '/' in the cycle ({ExamplesEn})");
        }

        var head = text[first..slash];
        var tail = text[(slash + 1)..];
        if (head.StartsWith('P'))
        {
            return new($"不支持“间隔/结束时间”形式的循环（如 R2/PT1H/2026-12-01T00:00+08:00），请写次数和间隔或开始时间（{ExamplesZh}）",
                $"A cycle that ends at a date (such as R2/PT1H/2026-12-01T00:00+08:00) is not supported; give a count and interval, or a start ({ExamplesEn})");
        }

        if (!tail.StartsWith('P'))
        {
            return new($"不支持用开始和结束两个时间表示间隔，请把间隔写成时长（{ExamplesZh}）",
                $"An interval given as two dates is not supported; write the interval as a duration ({ExamplesEn})");
        }

        return IsoDateTimeParser.Parse(head, offset + first, out start) ?? ParseInterval(tail, offset + slash + 1, out every);
    }

    private static TimeTextError? ParseInterval(string text, int offset, out IsoDuration interval)
    {
        if (text.Length == 0)
        {
            interval = default;
            return new($"'/' 之后缺少间隔（{ExamplesZh}）", $"The interval after '/' is missing ({ExamplesEn})");
        }

        if (IsoDurationParser.Parse(text, offset, out interval) is { } error)
        {
            return error;
        }

        return interval.IsZero
            ? new("循环间隔必须大于零", "The cycle interval must be longer than zero")
            : null;
    }
}
