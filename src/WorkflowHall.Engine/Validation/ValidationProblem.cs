namespace WorkflowHall.Engine.Validation;

/// <summary>
/// One problem found in a definition: which element, what kind of element, a stable code for
/// machines, and a plain message in Chinese and English for people.
/// </summary>
public sealed record ValidationProblem(string ElementId, string ElementKind, ProblemCode Code, string MessageZh, string MessageEn)
{
    public override string ToString() => $"{ElementKind} '{ElementId}' [{Code}]: {MessageZh} / {MessageEn}";
}
