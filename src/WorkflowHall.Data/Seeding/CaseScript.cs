using System.Collections.Immutable;
using WorkflowHall.Data.Cases;
using WorkflowHall.Domain.Cases;

namespace WorkflowHall.Data.Seeding;

/// <summary>
/// One case from application to where it stops, fully decided: who applies for what, when, with which
/// materials, then every action with its actor, time and words. The services replay it call by call;
/// the bulk path runs it through the engine in memory. Both give the same rows.
/// </summary>
public sealed record CaseScript(ApplyRequest Application, DateTimeOffset SubmittedAt, ImmutableArray<ScriptedAction> Actions)
{
    /// <summary>The status the script leads to.</summary>
    public CaseStatus Target { get; init; }
}
