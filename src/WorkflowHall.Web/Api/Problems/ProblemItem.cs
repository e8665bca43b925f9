using WorkflowHall.Engine.Validation;

namespace WorkflowHall.Web.Api.Problems;

/// <summary>
/// One of the engine's validation problems as callers see it, on the element it names: in the API's validation lists and
/// in the designer island's replies alike.
/// </summary>
public sealed record ProblemItem(string ElementId, string ElementKind, string Code, string MessageZh, string MessageEn)
{
    public static ProblemItem From(ValidationProblem problem) =>
        new(problem.ElementId, problem.ElementKind, problem.Code.ToString(), problem.MessageZh, problem.MessageEn);

    public static IReadOnlyList<ProblemItem> From(IEnumerable<ValidationProblem> problems) => [.. problems.Select(From)];
}
