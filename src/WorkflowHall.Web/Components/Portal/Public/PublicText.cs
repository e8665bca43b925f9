namespace WorkflowHall.Web.Components.Portal.Public;

/// <summary>
/// The strings of the public portal (start page, catalog, service guide, tracking, verification,
/// ratings). Keys are the Chinese text, which is also what zh-CN shows;
/// <c>Resources/Components/Portal/Public/PublicText.en.resx</c> holds the English.
/// </summary>
public sealed class PublicText;
