using System.Collections.Frozen;
using System.Globalization;
using System.Text.Json;

namespace WorkflowHall.Engine.Time;

/// <summary>
/// Reads and checks one year's calendar file (format in <c>workflows/calendars/README.md</c>).
/// Strict on purpose: a typo that silently dropped a holiday would move every deadline near it.
/// </summary>
internal static class CalendarFileReader
{
    private const int MinYear = 1900;
    private const int MaxYear = 8999;

    private static readonly JsonDocumentOptions Options = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static CalendarYear Read(string json, string fileName) => Read(() => JsonDocument.Parse(json, Options), fileName);

    public static CalendarYear Read(Stream json, string fileName) => Read(() => JsonDocument.Parse(json, Options), fileName);

    private static CalendarYear Read(Func<JsonDocument> parse, string fileName)
    {
        JsonDocument document;
        try
        {
            document = parse();
        }
        catch (JsonException e)
        {
            var line = e.LineNumber + 1;
            throw new CalendarFormatException(fileName, null, $"不是有效的 JSON（第 {line} 行附近）",
                $"not valid JSON (near line {line}): {e.Message}", e);
        }

        using (document)
        {
            return ReadYear(document.RootElement, new FileContext(fileName));
        }
    }

    private static CalendarYear ReadYear(JsonElement root, FileContext file)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw file.Error(null, "最外层应是一个对象 { \"year\": ..., ... }", "the top level must be an object { \"year\": ..., ... }");
        }

        var fields = Fields(root, file, null, "year", "source", "daysOff", "extraWorkingDays");
        var yearElement = Required(fields, "year", file, null);
        if (yearElement.ValueKind != JsonValueKind.Number || !yearElement.TryGetInt32(out var year) || year is < MinYear or > MaxYear)
        {
            throw file.Error(null, $"\"year\" 应是 {MinYear}–{MaxYear} 之间的整数", $"\"year\" must be a whole number between {MinYear} and {MaxYear}");
        }

        file.Year = year;
        if (file.YearFromName is { } named && named != year)
        {
            throw file.Error(null, $"文件名表示 {named} 年，但 \"year\" 是 {year}", $"the file name says {named} but \"year\" is {year}");
        }

        var source = Text(fields, "source", file, null, required: true)!;
        var daysOff = new Dictionary<DateOnly, CalendarDayNote>();
        var index = 0;
        foreach (var entry in Array(fields, "daysOff", file))
        {
            ReadDayOff(entry, $"daysOff[{index++}]", file, daysOff);
        }

        var extra = new Dictionary<DateOnly, CalendarDayNote>();
        index = 0;
        foreach (var entry in Array(fields, "extraWorkingDays", file))
        {
            ReadExtraWorkingDay(entry, $"extraWorkingDays[{index++}]", file, daysOff, extra);
        }

        return new CalendarYear(year, source, file.Name, daysOff.ToFrozenDictionary(), extra.ToFrozenDictionary());
    }

    private static void ReadDayOff(JsonElement entry, string label, FileContext file, Dictionary<DateOnly, CalendarDayNote> daysOff)
    {
        var fields = EntryFields(entry, ref label, file, "from", "to", "name", "nameEn");
        var from = Date(fields, "from", file, label);
        var to = Date(fields, "to", file, label);
        if (to < from)
        {
            throw file.Error(label, $"\"to\"（{to:yyyy-MM-dd}）早于 \"from\"（{from:yyyy-MM-dd}）",
                $"\"to\" ({to:yyyy-MM-dd}) is before \"from\" ({from:yyyy-MM-dd})");
        }

        var note = new CalendarDayNote(Text(fields, "name", file, label, required: true)!, Text(fields, "nameEn", file, label, required: false), label);
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            if (!daysOff.TryAdd(day, note))
            {
                throw file.Error(label, $"与 {daysOff[day].Entry} 重叠（{day:yyyy-MM-dd}）",
                    $"overlaps {daysOff[day].Entry} on {day:yyyy-MM-dd}");
            }
        }
    }

    private static void ReadExtraWorkingDay(JsonElement entry, string label, FileContext file,
        Dictionary<DateOnly, CalendarDayNote> daysOff, Dictionary<DateOnly, CalendarDayNote> extra)
    {
        var fields = EntryFields(entry, ref label, file, "date", "name", "nameEn");
        var date = Date(fields, "date", file, label);
        if (date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
        {
            throw file.Error(label, $"{date:yyyy-MM-dd} 是{WeekdayZh(date.DayOfWeek)}，本来就是工作日；调休上班日只能是周六或周日",
                $"{date:yyyy-MM-dd} is a {date.DayOfWeek}, already a working day; extra working days must be a Saturday or Sunday");
        }

        if (daysOff.TryGetValue(date, out var off))
        {
            throw file.Error(label, $"{date:yyyy-MM-dd} 同时是 {off.Entry} 中的休息日", $"{date:yyyy-MM-dd} is also a day off in {off.Entry}");
        }

        var note = new CalendarDayNote(Text(fields, "name", file, label, required: true)!, Text(fields, "nameEn", file, label, required: false), label);
        if (!extra.TryAdd(date, note))
        {
            throw file.Error(label, $"{date:yyyy-MM-dd} 已在 {extra[date].Entry} 中列出", $"{date:yyyy-MM-dd} is already listed in {extra[date].Entry}");
        }
    }

    /// <summary>The entry's fields; the label gains the holiday's name so messages point at it plainly.</summary>
    private static Dictionary<string, JsonElement> EntryFields(JsonElement entry, ref string label, FileContext file, params string[] known)
    {
        if (entry.ValueKind != JsonValueKind.Object)
        {
            throw file.Error(label, "应是一个对象", "must be an object");
        }

        if (entry.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String)
        {
            label = $"{label} ({name.GetString()})";
        }

        return Fields(entry, file, label, known);
    }

    private static Dictionary<string, JsonElement> Fields(JsonElement element, FileContext file, string? label, params string[] known)
    {
        var fields = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            if (!known.Contains(property.Name, StringComparer.Ordinal))
            {
                throw file.Error(label, $"未知字段 \"{property.Name}\"（可用：{string.Join("、", known)}）",
                    $"unknown field \"{property.Name}\" (expected {string.Join(", ", known)})");
            }

            if (!fields.TryAdd(property.Name, property.Value))
            {
                throw file.Error(label, $"字段 \"{property.Name}\" 出现了两次", $"field \"{property.Name}\" appears twice");
            }
        }

        return fields;
    }

    private static JsonElement Required(Dictionary<string, JsonElement> fields, string name, FileContext file, string? label) =>
        fields.TryGetValue(name, out var value)
            ? value
            : throw file.Error(label, $"缺少字段 \"{name}\"", $"the field \"{name}\" is missing");

    private static string? Text(Dictionary<string, JsonElement> fields, string name, FileContext file, string? label, bool required)
    {
        if (!fields.TryGetValue(name, out var value) && !required)
        {
            return null;
        }

        value = Required(fields, name, file, label);
        return value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString())
            ? value.GetString()!.Trim()
            : throw file.Error(label, $"\"{name}\" 应是非空文本", $"\"{name}\" must be non-empty text");
    }

    private static JsonElement.ArrayEnumerator Array(Dictionary<string, JsonElement> fields, string name, FileContext file)
    {
        var value = Required(fields, name, file, null);
        return value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray()
            : throw file.Error(null, $"\"{name}\" 应是数组（可以为空 []）", $"\"{name}\" must be an array (it may be empty: [])");
    }

    private static DateOnly Date(Dictionary<string, JsonElement> fields, string name, FileContext file, string label)
    {
        var value = Required(fields, name, file, label);
        if (value.ValueKind != JsonValueKind.String
            || !DateOnly.TryParseExact(value.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            throw file.Error(label, $"\"{name}\" 应是 yyyy-MM-dd 格式的日期，实际是 {value.GetRawText()}",
                $"\"{name}\" must be a date as yyyy-MM-dd, not {value.GetRawText()}");
        }

        return date.Year == file.Year
            ? date
            : throw file.Error(label, $"日期 {date:yyyy-MM-dd} 不在本文件的年份 {file.Year} 内", $"the date {date:yyyy-MM-dd} is not in the file's year {file.Year}");
    }

    private static string WeekdayZh(DayOfWeek day) => day switch
    {
        DayOfWeek.Monday => "周一",
        DayOfWeek.Tuesday => "周二",
        DayOfWeek.Wednesday => "周三",
        DayOfWeek.Thursday => "周四",
        _ => "周五",
    };

    private sealed class FileContext(string name)
    {
        public string Name { get; } = name;
        public int Year { get; set; }

        /// <summary>The year a file named like <c>2026.json</c> promises, if it is named so.</summary>
        public int? YearFromName { get; } =
            int.TryParse(Path.GetFileNameWithoutExtension(name), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            && Path.GetFileNameWithoutExtension(name).Length == 4 ? year : null;

        public CalendarFormatException Error(string? entry, string zh, string en) => new(Name, entry, zh, en);
    }
}
