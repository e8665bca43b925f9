using System.Collections.Immutable;
using WorkflowHall.Engine.Bpmn;
using WorkflowHall.Engine.Validation.Rules;

namespace WorkflowHall.Engine.Validation;

/// <summary>
/// Checks a process definition before it may run: structure, reachability, gateways, events,
/// conditions, timers and the hall's step settings. Returns every problem found, each naming its
/// element, in Chinese and English. Run at import and again at publish.
/// </summary>
public static class DefinitionValidator
{
    private static readonly Func<ProcessDefinition, IEnumerable<ValidationProblem>>[] Rules =
    [
        IdentityRules.Check,
        ScopeRules.Check,
        ReachabilityRules.Check,
        GatewayRules.Check,
        DefaultFlowRules.Check,
        EventRules.Check,
        ConditionRules.Check,
        TimerRules.Check,
        UserTaskRules.Check,
        TimeLimitRules.Check,
        MultiInstanceRules.Check,
        ServiceTaskRules.Check,
    ];

    public static ImmutableArray<ValidationProblem> Validate(ProcessDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return [.. Rules.SelectMany(rule => rule(definition))];
    }
}
