namespace WorkflowHall.Web.Components.Audit.Supervision;

/// <summary>
/// The strings of the supervision log pages. Keys are the Chinese text, which is also what zh-CN shows;
/// <c>Resources/Components/Audit/Supervision/SupervisionText.en.resx</c> holds the English.
/// </summary>
public sealed class SupervisionText;
