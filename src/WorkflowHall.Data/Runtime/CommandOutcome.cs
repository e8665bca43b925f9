using System.Collections.Immutable;
using WorkflowHall.Engine.Execution;
using WorkflowHall.Engine.Trail;

namespace WorkflowHall.Data.Runtime;

public enum OutcomeKind
{
    Accepted,
    /// <summary>The engine refused the command (see <see cref="CommandOutcome.Rejection"/>); nothing was written.</summary>
    Rejected,
    NotFound,
    /// <summary>Another writer won; with an expected revision the caller must reload (nothing was written).</summary>
    Conflict,
}

/// <summary>What became of a command sent to a stored instance.</summary>
public sealed record CommandOutcome(OutcomeKind Kind, InstanceState? State)
{
    public CommandRejection? Rejection { get; init; }
    public ImmutableArray<TrailEvent> Events { get; init; } = [];

    public bool IsAccepted => Kind == OutcomeKind.Accepted;
}
