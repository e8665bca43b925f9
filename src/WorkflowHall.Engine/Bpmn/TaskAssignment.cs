using System.Collections.Immutable;

namespace WorkflowHall.Engine.Bpmn;

/// <summary>
/// Who may take a user task, as Camunda, Flowable and Activiti files say it
/// (<c>assignee</c>, <c>candidateGroups</c>, <c>candidateUsers</c>, <c>dueDate</c>, <c>formKey</c>).
/// </summary>
public sealed record TaskAssignment
{
    public static readonly TaskAssignment None = new();

    public string? Assignee { get; init; }
    public ImmutableArray<string> CandidateGroups { get; init; } = [];
    public ImmutableArray<string> CandidateUsers { get; init; } = [];
    public string? DueDate { get; init; }
    public string? FormKey { get; init; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(Assignee) && CandidateGroups.IsDefaultOrEmpty && CandidateUsers.IsDefaultOrEmpty;
}
