using WorkflowHall.Engine.Bpmn;

namespace WorkflowHall.Engine.Validation.Rules;

/// <summary>The scopes of a definition: the process itself (null) and each embedded sub-process.</summary>
internal static class ProcessScopes
{
    public static IEnumerable<SubProcess?> Of(ProcessDefinition definition) =>
        definition.Nodes.OfType<SubProcess>().Prepend(null);

    public static ValidationProblem Problem(ProcessDefinition definition, SubProcess? scope, ProblemCode code, string zh, string en) =>
        scope is null ? ProblemFor.Process(definition, code, zh, en) : ProblemFor.Node(scope, code, zh, en);

    public static (string Zh, string En) Describe(SubProcess? scope) => scope is null
        ? ("流程", "The process")
        : ($"子流程 {ProblemFor.Quoted(scope)}", $"Sub-process {ProblemFor.Quoted(scope)}");
}
