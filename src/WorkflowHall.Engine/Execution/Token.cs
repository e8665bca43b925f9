namespace WorkflowHall.Engine.Execution;

/// <summary>
/// A token resting at a node: at an activity waiting for work, at a timer, at a join waiting for
/// its other branches (<see cref="ArrivedVia"/> names the incoming flow), or at a sub-process whose
/// own tokens carry this token's id as their <see cref="ScopeId"/>.
/// </summary>
public sealed record Token(string Id, string NodeId, string ScopeId)
{
    public const string RootScope = "root";

    public string? ArrivedVia { get; init; }

    /// <summary>Countersign progress when the node is a multi-instance user task.</summary>
    public MultiInstanceProgress? Loop { get; init; }

    public DateTimeOffset? EnteredAt { get; init; }
}
