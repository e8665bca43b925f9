namespace WorkflowHall.Web.Components.Admin.Matters;

/// <summary>The strings of the matter and guide pages; English in <c>Resources/Components/Admin/Matters/MattersText.en.resx</c>.</summary>
public sealed class MattersText;
