using System.Collections.Immutable;
using WorkflowHall.Engine.Trail;

namespace WorkflowHall.Engine.Execution;

/// <summary>
/// The outcome of one step: the new state, what the shell must do, and the sealed trail events —
/// or a rejection, in which case <see cref="State"/> is the unchanged input state.
/// </summary>
public sealed record StepResult(InstanceState State, ImmutableArray<EngineEffect> Effects, ImmutableArray<TrailEvent> Events)
{
    public CommandRejection? Rejection { get; init; }

    public bool IsAccepted => Rejection is null;

    public static StepResult Rejected(InstanceState state, CommandRejection rejection) =>
        new(state, [], []) { Rejection = rejection };
}
