using System.Text.Json;
using System.Text.Json.Nodes;
using WorkflowHall.Domain.Identity;

namespace WorkflowHall.Web.Api.Instances;

/// <summary>
/// An instance's variables as the API shows them: the applicant's name, ID number and phone — wherever a case put them
/// (<c>applicantNumber</c>, <c>applicantName</c>, the form's <c>contactPhone</c>) or an integration did — masked by
/// the hall's one rule (<see cref="PersonalDataView"/>), in the variables and in the trail alike. The stored values and
/// the trail's hashes are untouched; the full data is read through the case API's reveal, which is recorded.
/// </summary>
internal static class PersonalVariables
{
    private enum Personal { Name, Number, Phone }

    private static readonly Dictionary<string, Personal> Keys = new(StringComparer.OrdinalIgnoreCase)
    {
        ["applicantName"] = Personal.Name,
        ["applicantNumber"] = Personal.Number,
        ["idNumber"] = Personal.Number,
        ["holderNumber"] = Personal.Number,
        ["applicantPhone"] = Personal.Phone,
        ["contactPhone"] = Personal.Phone,
        ["phone"] = Personal.Phone,
    };

    public static IReadOnlyDictionary<string, object?> Mask(IReadOnlyDictionary<string, object?> variables, PersonalDataView view) =>
        variables.ToDictionary(v => v.Key, v => Value(v.Key, v.Value, view), StringComparer.Ordinal);

    public static JsonElement? Mask(JsonElement? variables, PersonalDataView view)
    {
        if (variables is not { ValueKind: JsonValueKind.Object } json) return variables;
        var node = JsonNode.Parse(json.GetRawText())!;
        Walk(node, view);
        return JsonSerializer.SerializeToElement(node);
    }

    private static object? Value(string key, object? value, PersonalDataView view) => value switch
    {
        string text when Keys.TryGetValue(key, out var kind) => Masked(kind, text, view),
        IReadOnlyDictionary<string, object?> nested => Mask(nested, view),
        _ => value,
    };

    private static void Walk(JsonNode node, PersonalDataView view)
    {
        if (node is JsonArray array)
        {
            foreach (var item in array.OfType<JsonNode>()) Walk(item, view);
            return;
        }
        if (node is not JsonObject obj) return;
        foreach (var (key, child) in obj.ToList())
        {
            if (child is JsonValue value && value.TryGetValue<string>(out var text) && Keys.TryGetValue(key, out var kind)) obj[key] = Masked(kind, text, view);
            else if (child is not null) Walk(child, view);
        }
    }

    private static string Masked(Personal kind, string text, PersonalDataView view) => kind switch
    {
        Personal.Name => view.FullName ? text : PersonalDataMask.MaskName(text),
        Personal.Number => view.FullNumber ? text : PersonalDataMask.MaskIdNumber(text),
        _ => view.FullPhone ? text : PersonalDataMask.MaskPhone(text),
    };
}
