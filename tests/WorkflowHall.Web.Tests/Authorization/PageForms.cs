using System.Net;
using System.Text.RegularExpressions;
using WorkflowHall.Web.Tests.Pages;

namespace WorkflowHall.Web.Tests.Authorization;

/// <summary>
/// Reads the forms a page posts to itself and fills them as a user would: hidden fields as given, the first
/// choice of each select and radio group, and text from the applicant's own data where a field asks for it.
/// </summary>
public static partial class PageForms
{
    public const string HandlerField = "_handler";

    public static IEnumerable<PageForm> Read(string html, string path, Persona readFrom, MatrixHall hall)
    {
        foreach (Match form in FormTag().Matches(html))
        {
            var tag = form.Groups["tag"].Value;
            var action = Attribute(tag, "action");
            if (!Regex.IsMatch(tag, "method=\"post\"", RegexOptions.IgnoreCase)) continue;
            if (action is { Length: > 0 } && WebUtility.HtmlDecode(action).Split('?')[0] != path) continue; // the layout's sign-out form, a link to another page
            var inner = form.Groups["inner"].Value;
            var fields = new List<KeyValuePair<string, string>>();
            var files = new List<string>();
            var radios = new HashSet<string>(StringComparer.Ordinal);
            foreach (Match input in InputTag().Matches(inner))
            {
                var name = Attribute(input.Value, "name");
                if (name is null) continue;
                var type = (Attribute(input.Value, "type") ?? "text").ToLowerInvariant();
                var value = WebUtility.HtmlDecode(Attribute(input.Value, "value") ?? "");
                switch (type)
                {
                    case "hidden":
                        // An upload component keeps the stored file's hash in a hidden field: a user who uploaded has it filled.
                        fields.Add(new(name, value.Length == 0 && IsUploadField(name) ? Text(name, type, hall) : value));
                        break;
                    case "file":
                        files.Add(name);
                        break;
                    case "radio":
                        // The choice the page made (checked), else the first.
                        var isChecked = Regex.IsMatch(input.Value, "\\schecked(\\s|=|/|>)", RegexOptions.IgnoreCase);
                        if (radios.Add(name)) fields.Add(new(name, value));
                        else if (isChecked) fields[fields.FindIndex(f => f.Key == name)] = new(name, value);
                        break;
                    case "checkbox":
                        fields.Add(new(name, value.Length > 0 ? value : "true"));
                        break;
                    case "submit" or "button" or "reset":
                        if (value.Length > 0) fields.Add(new(name, value));
                        break;
                    default:
                        fields.Add(new(name, value.Length > 0 ? value : Text(name, type, hall)));
                        break;
                }
            }
            foreach (Match area in TextArea().Matches(inner))
            {
                if (Attribute(area.Groups["tag"].Value, "name") is { } name)
                {
                    var text = WebUtility.HtmlDecode(area.Groups["text"].Value).Trim();
                    fields.Add(new(name, text.Length > 0 ? text : Text(name, "text", hall)));
                }
            }
            foreach (Match select in SelectTag().Matches(inner))
            {
                if (Attribute(select.Groups["tag"].Value, "name") is not { } name) continue;
                var first = OptionTag().Matches(select.Groups["inner"].Value).Select(o => Attribute(o.Value, "value")).FirstOrDefault(v => !string.IsNullOrEmpty(v));
                fields.Add(new(name, WebUtility.HtmlDecode(first ?? "")));
            }
            var handler = fields.FirstOrDefault(f => f.Key == HandlerField).Value ?? "";
            fields.RemoveAll(f => f.Key == BrowserSession.AntiforgeryField);
            yield return new PageForm(handler, Regex.IsMatch(tag, "multipart/form-data", RegexOptions.IgnoreCase), fields, files) { ReadFrom = readFrom.Name };
        }
    }

    private static bool IsUploadField(string name) =>
        name.EndsWith("Sha256", StringComparison.OrdinalIgnoreCase) || name.EndsWith("FileName", StringComparison.OrdinalIgnoreCase);

    /// <summary>What a person types into a field: the applicant's own data where asked for, else a short text.</summary>
    private static string Text(string name, string type, MatrixHall hall)
    {
        var person = hall.ApplicantPerson;
        if (name.EndsWith("ApplicantNumber", StringComparison.OrdinalIgnoreCase)) return person.Number!;
        if (name.EndsWith("ApplicantName", StringComparison.OrdinalIgnoreCase)) return person.Name;
        if (name.EndsWith("Phone", StringComparison.OrdinalIgnoreCase)) return person.Phone ?? "";
        if (name.EndsWith("Sha256", StringComparison.OrdinalIgnoreCase)) return hall.StoredPdf;
        if (name.EndsWith("FileName", StringComparison.OrdinalIgnoreCase)) return "材料.pdf";
        return type switch
        {
            "number" or "range" => "1",
            "date" => DateTime.UtcNow.ToString("yyyy-MM-dd"),
            "datetime-local" => DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm"),
            "time" => "09:00",
            _ => "矩阵测试",
        };
    }

    private static string? Attribute(string tag, string name) =>
        Regex.Match(tag, $"\\s{name}=\"([^\"]*)\"", RegexOptions.IgnoreCase) is { Success: true } match ? match.Groups[1].Value : null;

    [GeneratedRegex("(?<tag><form\\b[^>]*>)(?<inner>.*?)</form>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex FormTag();

    [GeneratedRegex("<input\\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InputTag();

    [GeneratedRegex("(?<tag><textarea\\b[^>]*>)(?<text>.*?)</textarea>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex TextArea();

    [GeneratedRegex("(?<tag><select\\b[^>]*>)(?<inner>.*?)</select>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex SelectTag();

    [GeneratedRegex("<option\\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex OptionTag();
}
