namespace WorkflowHall.Engine.Time;

/// <summary>
/// A working-day calendar file that cannot be used: not JSON, a missing or unknown field, a date
/// outside the file's year, overlapping entries, or a year loaded twice. Says which file and which
/// entry, in Chinese and English.
/// </summary>
public sealed class CalendarFormatException : FormatException
{
    public CalendarFormatException(string fileName, string? entry, string detailZh, string detailEn, Exception? inner = null)
        : base(null, inner)
    {
        FileName = fileName;
        Entry = entry;
        MessageZh = entry is null ? $"日历文件 {fileName}：{detailZh}" : $"日历文件 {fileName} 的 {entry}：{detailZh}";
        MessageEn = entry is null ? $"Calendar file {fileName}: {detailEn}" : $"Calendar file {fileName}, {entry}: {detailEn}";
    }

    public string FileName { get; }

    /// <summary>The entry at fault, such as <c>daysOff[3] (劳动节)</c>; null when the fault is the whole file.</summary>
    public string? Entry { get; }

    public string MessageZh { get; }
    public string MessageEn { get; }

    public override string Message => $"{MessageZh} / {MessageEn}";
}
