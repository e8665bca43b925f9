namespace WorkflowHall.Web.Admin.Organisation;

/// <summary>A post someone holds in a unit, with the names the pages show.</summary>
public sealed record HeldPost(string UserName, string PersonName, string Post, string PostName, string UnitCode, string UnitName);
