using WorkflowHall.Engine.Validation;

namespace WorkflowHall.Web.Admin.Workflows;

/// <summary>One of the engine's validation problems as the designer island shows it: on the element it names.</summary>
public sealed record DesignerProblem(string ElementId, string ElementKind, string Code, string MessageZh, string MessageEn)
{
    public static DesignerProblem From(ValidationProblem problem) =>
        new(problem.ElementId, problem.ElementKind, problem.Code.ToString(), problem.MessageZh, problem.MessageEn);

    public static IReadOnlyList<DesignerProblem> From(IEnumerable<ValidationProblem> problems) => [.. problems.Select(From)];
}
