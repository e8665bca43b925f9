using System.Collections.Immutable;
using WorkflowHall.Data.Cases;

namespace WorkflowHall.Data.Seeding;

/// <summary>One action of a script; the fields beyond actor and time are those the action takes.</summary>
public sealed record ScriptedAction(CaseAction Action, string Actor, DateTimeOffset At)
{
    /// <summary>The opinion, reason, issue note or procedure result, as the action calls it.</summary>
    public string? Text { get; init; }
    public string? LegalBasis { get; init; }
    public ImmutableArray<string> Items { get; init; } = [];
    public string? ProcedureKind { get; init; }
    public int Days { get; init; }
    public string? ApprovedBy { get; init; }
    public ImmutableArray<SubmittedMaterial> Materials { get; init; } = [];
}
