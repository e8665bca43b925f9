namespace WorkflowHall.Web.Components.Shared;

/// <summary>
/// The strings of the layout and the account pages. Keys are the Chinese text, which is also what
/// zh-CN shows; <c>Resources/Components/Shared/SharedText.en.resx</c> holds the English.
/// </summary>
public sealed class SharedText;
