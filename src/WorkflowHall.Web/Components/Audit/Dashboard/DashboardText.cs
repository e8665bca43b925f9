namespace WorkflowHall.Web.Components.Audit.Dashboard;

/// <summary>
/// The strings of the supervision dashboard. Keys are the Chinese text, which is also what zh-CN shows;
/// <c>Resources/Components/Audit/Dashboard/DashboardText.en.resx</c> holds the English.
/// </summary>
public sealed class DashboardText;
