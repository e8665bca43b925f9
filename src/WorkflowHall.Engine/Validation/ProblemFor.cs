using WorkflowHall.Engine.Bpmn;

namespace WorkflowHall.Engine.Validation;

/// <summary>Builds <see cref="ValidationProblem"/>s for the element they are about.</summary>
internal static class ProblemFor
{
    public static ValidationProblem Node(FlowNode node, ProblemCode code, string messageZh, string messageEn) =>
        new(node.Id, node.Kind, code, messageZh, messageEn);

    public static ValidationProblem Flow(SequenceFlow flow, ProblemCode code, string messageZh, string messageEn) =>
        new(flow.Id, "sequenceFlow", code, messageZh, messageEn);

    public static ValidationProblem Process(ProcessDefinition definition, ProblemCode code, string messageZh, string messageEn) =>
        new(definition.Key, "process", code, messageZh, messageEn);

    public static ValidationProblem Document(ProblemCode code, string messageZh, string messageEn) =>
        new("", "document", code, messageZh, messageEn);

    /// <summary>How a node is named in messages: its name in quotes, or its id when it has no name.</summary>
    public static string Quoted(FlowNode node) => $"\"{node.DisplayName}\"";
}
