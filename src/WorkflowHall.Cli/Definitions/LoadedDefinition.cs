using System.Collections.Immutable;
using WorkflowHall.Engine.Bpmn;

namespace WorkflowHall.Cli.Definitions;

/// <summary>What reading a BPMN file gave: its status, the process when one was read, and every problem.</summary>
internal sealed record LoadedDefinition(string File, DefinitionStatus Status, ProcessDefinition? Definition, ImmutableArray<ReportedProblem> Problems)
{
    /// <summary>When the file holds several processes: their ids, one of which must be passed with <c>--process</c>.</summary>
    public ImmutableArray<string> CandidateProcessIds { get; init; } = [];
}
