using System.Xml;
using System.Xml.Linq;
using WorkflowHall.Engine.Validation;

namespace WorkflowHall.Engine.Bpmn.Import;

/// <summary>What one import collects while it walks the chosen process.</summary>
internal sealed class ImportContext
{
    public List<FlowNode> Nodes { get; } = [];
    public List<SequenceFlow> Flows { get; } = [];
    public List<ValidationProblem> Problems { get; } = [];

    /// <summary>Set once something in the file cannot be represented faithfully: the definition is not returned.</summary>
    public bool Refused { get; private set; }

    public void Report(ValidationProblem problem) => Problems.Add(problem);

    public void Refuse(ValidationProblem problem)
    {
        Problems.Add(problem);
        Refused = true;
    }

    public void Report(XElement element, ProblemCode code, string messageZh, string messageEn) =>
        Report(new ValidationProblem(IdOf(element), element.Name.LocalName, code, messageZh, messageEn));

    public static string IdOf(XElement element) => ((string?)element.Attribute("id"))?.Trim() ?? "";

    /// <summary>The <c>name</c> attribute verbatim (names may hold line breaks), null when blank.</summary>
    public static string? NameOf(XElement element) =>
        element.Attribute("name")?.Value is { } name && !string.IsNullOrWhiteSpace(name) ? name : null;

    public static int LineOf(XObject node) => node is IXmlLineInfo info && info.HasLineInfo() ? info.LineNumber : 0;
}
