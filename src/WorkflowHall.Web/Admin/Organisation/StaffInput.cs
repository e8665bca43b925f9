namespace WorkflowHall.Web.Admin.Organisation;

/// <summary>What the add-staff form posts: the person and their initial password.</summary>
public sealed class StaffInput
{
    public string? UserName { get; set; }
    public string? Name { get; set; }
    public string? Phone { get; set; }
    public string? Password { get; set; }
}
