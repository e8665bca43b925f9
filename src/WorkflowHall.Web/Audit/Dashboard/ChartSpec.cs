namespace WorkflowHall.Web.Audit.Dashboard;

/// <summary>
/// One chart as the dashboard island draws it (<c>Client/src/dashboard/index.js</c>): bars over categories,
/// or a pie of the first series; values already in the unit shown (percentages as 0–100).
/// </summary>
public sealed record ChartSpec(string Id, string Kind, IReadOnlyList<string> Categories, IReadOnlyList<ChartSeries> Series)
{
    public bool Horizontal { get; init; }
    public bool Stacked { get; init; }
    /// <summary>Appended to values in labels and tooltips, e.g. <c>%</c>.</summary>
    public string? Suffix { get; init; }
    public double? Max { get; init; }
    /// <summary>Colours of the series (or pie slices) in order, where they mean something (green to red for age); null for the default palette.</summary>
    public IReadOnlyList<string>? Colors { get; init; }
}
