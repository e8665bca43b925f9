using System.Collections.Immutable;
using WorkflowHall.Engine.Validation;

namespace WorkflowHall.Engine.Bpmn;

/// <summary>
/// What <see cref="BpmnReader"/> made of a file: the chosen process (null when the file was refused)
/// and every problem found, import and validation alike.
/// </summary>
public sealed record BpmnImportResult(ProcessDefinition? Definition, ImmutableArray<ValidationProblem> Problems)
{
    /// <summary>The id of the process that was read (also when it was refused); null when none was chosen.</summary>
    public string? ProcessId { get; init; }

    /// <summary>When the file holds several candidate processes: their ids, so the caller can ask which one.</summary>
    public ImmutableArray<string> CandidateProcessIds { get; init; } = [];

    /// <summary>A process was read and nothing is wrong with it.</summary>
    public bool Succeeded => Definition is not null && Problems.IsEmpty;

    internal static BpmnImportResult Refused(ValidationProblem problem) => new(null, [problem]);
}
