namespace WorkflowHall.Web.Components.Admin.Workflows;

/// <summary>One node of the older version that the newer one no longer has, and the node its cases move to.</summary>
public sealed class NodeMappingInput
{
    public string? Source { get; set; }
    public string? Target { get; set; }
}
