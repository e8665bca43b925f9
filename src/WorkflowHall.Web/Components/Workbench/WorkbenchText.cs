namespace WorkflowHall.Web.Components.Workbench;

/// <summary>
/// The strings of the clerks' workbench. Keys are the Chinese text, which is also what zh-CN shows;
/// <c>Resources/Components/Workbench/WorkbenchText.en.resx</c> holds the English.
/// </summary>
public sealed class WorkbenchText;
