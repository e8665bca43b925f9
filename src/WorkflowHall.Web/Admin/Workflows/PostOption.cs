namespace WorkflowHall.Web.Admin.Workflows;

/// <summary>A post of the hall's directory, as the designer offers it for a step's candidate post.</summary>
public sealed record PostOption(string Code, string Name, string? NameEn);
