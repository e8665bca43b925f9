namespace WorkflowHall.Web.Admin.Organisation;

/// <summary>What the assign-post form of a unit's page posts.</summary>
public sealed class AssignInput
{
    public string? UserName { get; set; }
    public string? Post { get; set; }
}
