using WorkflowHall.Engine.Validation;

namespace WorkflowHall.Web.Api.Problems;

/// <summary>One problem of a definition, as the API reports it in a validation list.</summary>
public sealed record ProblemItem(string ElementId, string ElementKind, string Code, string MessageZh, string MessageEn)
{
    public static ProblemItem From(ValidationProblem problem) =>
        new(problem.ElementId, problem.ElementKind, problem.Code.ToString(), problem.MessageZh, problem.MessageEn);
}
