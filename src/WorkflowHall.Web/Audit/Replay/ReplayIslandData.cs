using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace WorkflowHall.Web.Audit.Replay;

/// <summary>
/// What the replay island (<c>Client/src/replay/index.js</c>) reads from the page's JSON block: each version's
/// diagram and, per step, the version it is drawn on and the element ids to mark. The words are in the page.
/// </summary>
public sealed record ReplayIslandData(IReadOnlyDictionary<string, string> Diagrams, IReadOnlyList<ReplayIslandStep> Steps, int Start)
{
    // HTML-sensitive characters stay escaped (\u003C…), so no "</script>" can end the block early.
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static ReplayIslandData From(CaseReplay replay) => new(
        replay.Diagrams.ToDictionary(d => d.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), d => d.Value),
        replay.Steps.Select(s => new ReplayIslandStep(s.Version, s.Current, s.Visited, s.Open, s.Trouble)).ToList(),
        replay.OpeningStep);

    public string ToJson() => JsonSerializer.Serialize(this, Options);
}
