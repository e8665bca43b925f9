namespace WorkflowHall.Web.Components.Admin;

/// <summary>The strings of the administration start page; English in <c>Resources/Components/Admin/AdminText.en.resx</c>.</summary>
public sealed class AdminText;
