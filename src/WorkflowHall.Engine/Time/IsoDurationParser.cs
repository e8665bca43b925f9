namespace WorkflowHall.Engine.Time;

/// <summary>
/// Reads <c>PnYnMnWnDTnHnMnS</c>. Positions in messages count characters from 1 in the text the
/// user wrote, so a duration inside a cycle is reported where it stands in the whole expression.
/// </summary>
internal static class IsoDurationParser
{
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

        var reader = new IsoDurationReader(text, offset);
        while (!reader.AtEnd)
        {
            if (reader.ReadNext() is { } error)
            {
                return error;
            }
        }

        return reader.Finish(out duration);
    }
}
