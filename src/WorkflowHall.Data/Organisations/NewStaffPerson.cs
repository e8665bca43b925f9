namespace WorkflowHall.Data.Organisations;

/// <summary>A member of staff an administrator adds to the directory (their login is made beside it).</summary>
public sealed record NewStaffPerson(string UserName, string Name, string? Phone);
