namespace WorkflowHall.Web.Components.Admin.Incidents;

/// <summary>The strings of the incidents page; English in <c>Resources/Components/Admin/Incidents/IncidentsText.en.resx</c>.</summary>
public sealed class IncidentsText;
