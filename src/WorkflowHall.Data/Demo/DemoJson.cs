using System.Text.Json;

namespace WorkflowHall.Data.Demo;

/// <summary>Reads one of the demo hall's JSON files, turning a syntax or shape error into a message naming the file.</summary>
internal static class DemoJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        AllowTrailingCommas = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
    };

    public static T Read<T>(string path)
    {
        var name = Path.GetFileName(path);
        if (!File.Exists(path)) throw new DemoHallException(name, null, $"找不到文件 {path}", $"file {path} not found");
        try
        {
            return JsonSerializer.Deserialize<T>(File.ReadAllText(path), Options)
                ?? throw new DemoHallException(name, null, "文件是空的", "the file is empty");
        }
        catch (JsonException e)
        {
            throw new DemoHallException(name, e.Path, $"JSON 格式错误（第 {e.LineNumber + 1} 行）：{e.Message}",
                $"malformed JSON (line {e.LineNumber + 1}): {e.Message}");
        }
    }

    public static string Required(string? value, string file, string entry, string field) =>
        string.IsNullOrWhiteSpace(value)
            ? throw new DemoHallException(file, entry, $"缺少 {field}", $"{field} is missing")
            : value.Trim();
}
