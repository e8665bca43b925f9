namespace WorkflowHall.Web.Audit.Dashboard;

/// <summary>One line of a dashboard table: a unit, department, matter or step by name, with its figures.</summary>
public sealed record DashboardRow<T>(string Key, string Name, string? NameEn, T Figures);
