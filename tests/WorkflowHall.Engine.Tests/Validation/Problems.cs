using WorkflowHall.Engine.Bpmn;
using WorkflowHall.Engine.Tests.Bpmn;
using WorkflowHall.Engine.Validation;

namespace WorkflowHall.Engine.Tests.Validation;

/// <summary>Reads an inline process and returns its problems as (code, element id) pairs, plus the full list.</summary>
internal static class Problems
{
    public static List<ValidationProblem> Of(string processBody, string processAttributes = "")
    {
        var result = BpmnReader.Read(InlineBpmn.Process(processBody, processAttributes));
        Assert.NotNull(result.Definition);
        return [.. result.Problems];
    }

    public static List<(ProblemCode, string)> Codes(string processBody) =>
        [.. Of(processBody).Select(p => (p.Code, p.ElementId))];
}
