namespace WorkflowHall.Web.Tests.Authorization;

/// <summary>What a run of the matrix found: its size, the endpoints it could not fill, and every leak.</summary>
public sealed class MatrixReport
{
    public int Cells { get; set; }
    public int Endpoints { get; set; }
    public List<string> Unfillable { get; } = [];
    public List<Leak> Leaks { get; } = [];

    /// <summary>Each leak once per finding, persona, door and endpoint (the cells differ only by stage and form): what to read first.</summary>
    public IEnumerable<string> Distinct() =>
        Leaks.Select(l => $"[{l.Finding}] {l.Cell.Persona} via {l.Cell.Door}: {l.Cell.Verb} {l.Cell.Endpoint.Template}{(l.Cell.Form is { } f ? $" [form '{f.Name}']" : "")} → {l.Status}")
            .Distinct().Order(StringComparer.Ordinal);

    public IEnumerable<string> Summary()
    {
        yield return $"authorization matrix: {Cells} cells = {Endpoints} endpoint verbs (× case stages where case-bound, × page forms) × {Personas.All.Count} personas × 2 doors; {Leaks.Count} leaks";
        foreach (var group in Leaks.GroupBy(l => l.Finding).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            yield return $"  {group.Key}: {group.Count()} cells on {group.Select(l => l.Cell.Verb + " " + l.Cell.Endpoint.Template).Distinct().Count()} endpoints";
        }
    }
}
