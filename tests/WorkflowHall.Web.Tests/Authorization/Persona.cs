namespace WorkflowHall.Web.Tests.Authorization;

/// <summary>
/// Someone who knocks on the hall's doors: a demo person (or nobody), the roles their API key carries,
/// and what they are to the matrix's cases. <see cref="Relation"/> is declared once here; whether a
/// clerk may act on a step is not declared but read from the directory (the post of the open step).
/// </summary>
public sealed record Persona(string Name, string? UserName, string Roles, CaseRelation Relation)
{
    public bool IsAnonymous => UserName is null;

    public override string ToString() => UserName is null ? Name : $"{Name} ({UserName})";
}
