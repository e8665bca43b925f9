using WorkflowHall.Engine.Bpmn;

namespace WorkflowHall.Engine.Validation.Rules;

/// <summary>
/// Gateways have a way in and a way out; exclusive and inclusive splits say when each branch is
/// taken; parallel splits take every branch, so their flows carry no condition.
/// </summary>
internal static class GatewayRules
{
    public static IEnumerable<ValidationProblem> Check(ProcessDefinition definition)
    {
        var graph = definition.Graph;
        foreach (var gateway in definition.Nodes.Where(n => n is ExclusiveGateway or ParallelGateway or InclusiveGateway))
        {
            var incoming = graph.Incoming(gateway.Id);
            var outgoing = graph.Outgoing(gateway.Id);
            if (incoming.IsEmpty)
            {
                yield return ProblemFor.Node(gateway, ProblemCode.GatewayShape,
                    $"网关 {ProblemFor.Quoted(gateway)} 没有流入的顺序流", $"Gateway {ProblemFor.Quoted(gateway)} has no incoming flow");
            }

            if (outgoing.IsEmpty)
            {
                yield return ProblemFor.Node(gateway, ProblemCode.GatewayShape,
                    $"网关 {ProblemFor.Quoted(gateway)} 没有流出的顺序流", $"Gateway {ProblemFor.Quoted(gateway)} has no outgoing flow");
            }

            if (gateway is ParallelGateway)
            {
                foreach (var flow in outgoing.Where(f => f.Condition is not null))
                {
                    yield return ProblemFor.Flow(flow, ProblemCode.GatewayShape,
                        $"并行网关 {ProblemFor.Quoted(gateway)} 的流出顺序流 \"{flow.Id}\" 不能带条件：并行网关总是走所有分支",
                        $"Flow \"{flow.Id}\" out of parallel gateway {ProblemFor.Quoted(gateway)} cannot have a condition: a parallel gateway takes every branch");
                }
            }
            else if (outgoing.Length > 1)
            {
                foreach (var flow in outgoing.Where(f => f.Condition is null && f.Id != gateway.DefaultFlowId))
                {
                    yield return ProblemFor.Flow(flow, ProblemCode.MissingCondition,
                        $"网关 {ProblemFor.Quoted(gateway)} 的分支 \"{flow.Name ?? flow.Id}\" 既没有条件也不是默认分支",
                        $"Branch \"{flow.Name ?? flow.Id}\" of gateway {ProblemFor.Quoted(gateway)} has no condition and is not the default flow");
                }
            }
        }
    }
}
