namespace WorkflowHall.Web.Audit.Dashboard;

/// <summary>A named series of a <see cref="ChartSpec"/>, one value per category (null where there is none).</summary>
public sealed record ChartSeries(string Name, IReadOnlyList<double?> Values);
