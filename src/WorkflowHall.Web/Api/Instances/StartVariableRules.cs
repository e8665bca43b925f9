using System.Text.Json;
using WorkflowHall.Data;
using WorkflowHall.Engine.Bpmn;

namespace WorkflowHall.Web.Api.Instances;

/// <summary>
/// What a bare instance may be started with: variables of bounded size, count and nesting, and of the type
/// the definition declares for each (<c>hall:variable</c>) where it declares one.
/// </summary>
internal static class StartVariableRules
{
    public const int MaxBytes = 64 * 1024;
    public const int MaxDepth = 8;
    public const int MaxCount = 200;
    public const int MaxNameLength = 100;

    /// <summary>Null when the variables fit; else why not, with the variable at fault as target. Size first: it is the cheapest to tell.</summary>
    public static (int Status, HallError Error)? Check(IReadOnlyDictionary<string, JsonElement>? variables, IEnumerable<VariableDeclaration> declared)
    {
        if (variables is null || variables.Count == 0) return null;
        var bytes = JsonSerializer.SerializeToUtf8Bytes(variables).Length;
        if (bytes > MaxBytes)
        {
            return (StatusCodes.Status413PayloadTooLarge, new HallError("variables.size", $"变量共 {bytes} 字节，超过上限 {MaxBytes} 字节",
                $"The variables take {bytes} bytes, more than the limit of {MaxBytes}") { Target = "variables" });
        }
        if (variables.Count > MaxCount)
        {
            return (StatusCodes.Status422UnprocessableEntity, new HallError("variables.count", $"变量有 {variables.Count} 个，最多 {MaxCount} 个",
                $"There are {variables.Count} variables; at most {MaxCount} are allowed") { Target = "variables" });
        }
        var types = declared.ToDictionary(d => d.Name, d => d.Type, StringComparer.Ordinal);
        foreach (var (name, value) in variables)
        {
            if (name.Length is 0 or > MaxNameLength)
            {
                return (StatusCodes.Status422UnprocessableEntity, new HallError("variables.name", $"变量名须为 1 至 {MaxNameLength} 个字符",
                    $"A variable name is 1 to {MaxNameLength} characters") { Target = name });
            }
            if (Depth(value) > MaxDepth)
            {
                return (StatusCodes.Status422UnprocessableEntity, new HallError("variables.depth", $"变量 {name} 嵌套超过 {MaxDepth} 层",
                    $"Variable {name} is nested more than {MaxDepth} levels deep") { Target = name });
            }
            if (types.TryGetValue(name, out var type) && value.ValueKind != JsonValueKind.Null && !Fits(value, type))
            {
                return (StatusCodes.Status422UnprocessableEntity, new HallError("variables.type", $"流程声明变量 {name} 为 {Chinese(type)}，提交的是 {value.ValueKind}",
                    $"The definition declares {name} as {type.ToString().ToLowerInvariant()}; a {value.ValueKind} was sent") { Target = name });
            }
        }
        return null;
    }

    private static bool Fits(JsonElement value, VariableType type) => type switch
    {
        VariableType.String => value.ValueKind == JsonValueKind.String,
        VariableType.Number => value.ValueKind == JsonValueKind.Number,
        VariableType.Boolean => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        VariableType.List => value.ValueKind == JsonValueKind.Array,
        VariableType.Map => value.ValueKind == JsonValueKind.Object,
        _ => true,
    };

    private static int Depth(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => 1 + value.EnumerateObject().Select(p => Depth(p.Value)).DefaultIfEmpty(0).Max(),
        JsonValueKind.Array => 1 + value.EnumerateArray().Select(Depth).DefaultIfEmpty(0).Max(),
        _ => 0,
    };

    private static string Chinese(VariableType type) => type switch
    {
        VariableType.String => "文本",
        VariableType.Number => "数字",
        VariableType.Boolean => "是/否",
        VariableType.List => "列表",
        VariableType.Map => "对象",
        _ => type.ToString(),
    };
}
