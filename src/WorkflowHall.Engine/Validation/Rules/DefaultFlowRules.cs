using WorkflowHall.Engine.Bpmn;

namespace WorkflowHall.Engine.Validation.Rules;

/// <summary>A default flow is an unconditional outgoing flow of an exclusive or inclusive gateway or of an activity.</summary>
internal static class DefaultFlowRules
{
    public static IEnumerable<ValidationProblem> Check(ProcessDefinition definition)
    {
        var graph = definition.Graph;
        foreach (var node in definition.Nodes.Where(n => n.DefaultFlowId is not null))
        {
            var flowId = node.DefaultFlowId!;
            var flow = graph.Outgoing(node.Id).FirstOrDefault(f => f.Id == flowId);
            if (node is not (ExclusiveGateway or InclusiveGateway or UserTask or ServiceTask or PassThroughTask or SubProcess))
            {
                yield return Problem(node, $"{node.Kind} 不能有默认顺序流", $"A {node.Kind} cannot have a default flow");
            }
            else if (flow is null)
            {
                yield return Problem(node, $"节点 {ProblemFor.Quoted(node)} 的默认顺序流 \"{flowId}\" 不是它的流出顺序流",
                    $"The default flow \"{flowId}\" of {ProblemFor.Quoted(node)} is not one of its outgoing flows");
            }
            else if (flow.Condition is not null)
            {
                yield return Problem(node, $"节点 {ProblemFor.Quoted(node)} 的默认顺序流 \"{flowId}\" 不能带条件",
                    $"The default flow \"{flowId}\" of {ProblemFor.Quoted(node)} cannot have a condition");
            }
        }
    }

    private static ValidationProblem Problem(FlowNode node, string zh, string en) => ProblemFor.Node(node, ProblemCode.InvalidDefaultFlow, zh, en);
}
