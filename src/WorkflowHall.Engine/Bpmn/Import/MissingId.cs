using System.Xml.Linq;
using WorkflowHall.Engine.Validation;

namespace WorkflowHall.Engine.Bpmn.Import;

internal static class MissingId
{
    public static ValidationProblem For(XElement element)
    {
        var line = ImportContext.LineOf(element);
        return new ValidationProblem("", element.Name.LocalName, ProblemCode.MissingId,
            $"第 {line} 行的 {element.Name.LocalName} 没有 id，无法引用",
            $"The {element.Name.LocalName} at line {line} has no id and cannot be referenced");
    }
}
