namespace WorkflowHall.Web.Tests.Authorization;

/// <summary>One cell of the matrix that broke the intent: who, through which door, what request, what came back, what leaked.</summary>
public sealed record Leak(string Finding, MatrixCell Cell, int Status, string What)
{
    public override string ToString() => $"[{Finding}] {Cell.Persona} via {Cell.Door}: {Cell.Verb} {Cell.Path}{Cell.FormSuffix} → {Status}: {What}";
}
