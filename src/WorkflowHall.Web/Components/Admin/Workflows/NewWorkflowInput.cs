namespace WorkflowHall.Web.Components.Admin.Workflows;

/// <summary>The "new workflow from the standard template" form.</summary>
public sealed class NewWorkflowInput
{
    public string? Key { get; set; }
    public string? Name { get; set; }
}
