using System.Globalization;
using WorkflowHall.Data.Supervision;
using WorkflowHall.Domain.Organisations;
using WorkflowHall.Engine.Time;

namespace WorkflowHall.Web.Audit.Supervision;

/// <summary>
/// What the log page and its CSV export are asked in the query string: China dates (both inclusive), a
/// unit (with the units below it), a matter, a level, a rule, a case number, a page.
/// </summary>
public sealed record SupervisionLogRequest
{

    public string? From { get; init; }
    public string? To { get; init; }
    public string? Unit { get; init; }
    public string? Matter { get; init; }
    /// <summary><c>warning</c>, <c>breach</c> or <c>correction</c>.</summary>
    public string? Level { get; init; }
    public string? Rule { get; init; }
    public string? Case { get; init; }
    public int Page { get; init; } = 1;

    public static SupervisionLogRequest Read(IQueryCollection query) => new()
    {
        From = query["from"], To = query["to"], Unit = query["unit"], Matter = query["matter"], Level = query["level"], Rule = query["rule"],
        Case = query["case"], Page = int.TryParse(query["page"], out var page) ? page : 1,
    };

    public SupervisionLevel? LevelValue => Enum.TryParse<SupervisionLevel>(Level, ignoreCase: true, out var level) && Enum.IsDefined(level) ? level : null;

    public SupervisionFilter ToFilter(SupervisionReach reach, OrgDirectory directory) => new()
    {
        From = Day(From) is { } from ? HallTime.StartOfDay(from) : null,
        To = Day(To) is { } to ? HallTime.StartOfDay(to.AddDays(1)) : null,
        Units = reach.Narrow(Blank(Unit), directory),
        Matter = Blank(Matter),
        Level = LevelValue,
        Rule = Blank(Rule),
        CaseNumber = Blank(Case)?.Trim(),
    };

    /// <summary>The query string of this request on another page (page 1 is left out).</summary>
    public string Query(int? page = null)
    {
        var parts = new List<string>();
        void Add(string name, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value)) parts.Add($"{name}={Uri.EscapeDataString(value)}");
        }
        Add("from", From);
        Add("to", To);
        Add("unit", Unit);
        Add("matter", Matter);
        Add("level", Level);
        Add("rule", Rule);
        Add("case", Case);
        if ((page ?? Page) is > 1 and var p) parts.Add($"page={p}");
        return parts.Count == 0 ? "" : "?" + string.Join("&", parts);
    }

    public static DateOnly? Day(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
