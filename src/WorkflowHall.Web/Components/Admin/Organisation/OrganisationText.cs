namespace WorkflowHall.Web.Components.Admin.Organisation;

/// <summary>The strings of the organisation pages; English in <c>Resources/Components/Admin/Organisation/OrganisationText.en.resx</c>.</summary>
public sealed class OrganisationText;
