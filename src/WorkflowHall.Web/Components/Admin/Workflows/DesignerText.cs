namespace WorkflowHall.Web.Components.Admin.Workflows;

/// <summary>The strings of the workflow designer pages; English in <c>Resources/Components/Admin/Workflows/DesignerText.en.resx</c>.</summary>
public sealed class DesignerText;
