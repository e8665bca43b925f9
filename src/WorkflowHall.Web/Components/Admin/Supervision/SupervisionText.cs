namespace WorkflowHall.Web.Components.Admin.Supervision;

/// <summary>The strings of the supervision settings page; English in <c>Resources/Components/Admin/Supervision/SupervisionText.en.resx</c>.</summary>
public sealed class SupervisionText;
