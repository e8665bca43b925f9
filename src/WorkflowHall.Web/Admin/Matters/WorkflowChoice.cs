namespace WorkflowHall.Web.Admin.Matters;

/// <summary>A published workflow a matter may run on: its key, name and latest version.</summary>
public sealed record WorkflowChoice(string Key, string Name, int Version);
