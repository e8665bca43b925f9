using WorkflowHall.Engine.Trail;

namespace WorkflowHall.Web.Audit.Replay;

/// <summary>
/// One step of the replay: one accepted command (its head event) and everything it caused, with the
/// diagram's markers as they stood after it — the node acted on (current), the nodes reached before
/// (visited, with the flows taken) and the steps left open.
/// </summary>
public sealed record ReplayStep(int Index, int Version, TrailEvent Head, IReadOnlyList<ReplayEvent> Events)
{
    /// <summary>What happened, in Chinese (the localizer's key).</summary>
    public required string What { get; init; }
    public string? StepName { get; init; }
    public required string ActorName { get; init; }
    /// <summary>Where a return sent the case back to.</summary>
    public string? ReturnedTo { get; init; }
    /// <summary>A pause's reason, a resumption's result, a reassignment's people, a migration's versions…</summary>
    public string? Detail { get; init; }
    public int? MigratedFrom { get; init; }

    public IReadOnlyList<string> Current { get; init; } = [];
    public IReadOnlyList<string> Visited { get; init; } = [];
    public IReadOnlyList<string> Open { get; init; } = [];
    public IReadOnlyList<string> OpenNames { get; init; } = [];
    public string? EndName { get; init; }

    public StepTime? Time { get; init; }
    public CaseTimeSoFar? CaseTime { get; init; }
    public IReadOnlyList<ReplayPause> Pauses { get; init; } = [];

    public DateTimeOffset At => Head.At;
    public long FirstSequence => Events[0].Event.Sequence;
    public long LastSequence => Events[^1].Event.Sequence;
    public bool Trouble => Events.Any(e => e.Trouble);
}
