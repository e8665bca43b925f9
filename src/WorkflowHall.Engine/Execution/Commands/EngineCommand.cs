using System.Collections.Immutable;
using System.Text.Json.Serialization;
using WorkflowHall.Engine.Variables;

namespace WorkflowHall.Engine.Execution.Commands;

/// <summary>
/// Something that happens to an instance. Each accepted command is written to the trail (as JSON,
/// with its type as discriminator) so that the instance can be replayed from its trail.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "$type")]
[JsonDerivedType(typeof(StartInstance), "start")]
[JsonDerivedType(typeof(ClaimWorkItem), "claim")]
[JsonDerivedType(typeof(CompleteWorkItem), "complete")]
[JsonDerivedType(typeof(ReturnToStep), "return")]
[JsonDerivedType(typeof(ReassignWorkItem), "reassign")]
[JsonDerivedType(typeof(DelegateWorkItem), "delegate")]
[JsonDerivedType(typeof(ResolveDelegation), "resolve")]
[JsonDerivedType(typeof(AddSigners), "addSigners")]
[JsonDerivedType(typeof(RemoveSigner), "removeSigner")]
[JsonDerivedType(typeof(WithdrawInstance), "withdraw")]
[JsonDerivedType(typeof(CancelInstance), "cancel")]
[JsonDerivedType(typeof(PauseClock), "pauseClock")]
[JsonDerivedType(typeof(ResumeClock), "resumeClock")]
[JsonDerivedType(typeof(FireTimer), "fireTimer")]
[JsonDerivedType(typeof(CompleteServiceCall), "completeServiceCall")]
[JsonDerivedType(typeof(MigrateInstance), "migrate")]
[JsonDerivedType(typeof(AnnotateInstance), "annotate")]
public abstract record EngineCommand(string Actor)
{
    /// <summary>The revision the caller saw; when given and stale, the command is refused.</summary>
    public int? ExpectedRevision { get; init; }
}

/// <summary>Starts the instance with the applicant's variables.</summary>
public sealed record StartInstance(string Actor) : EngineCommand(Actor)
{
    [JsonConverter(typeof(VariableMapJsonConverter))]
    public ImmutableSortedDictionary<string, object?> Variables { get; init; } = VariableMap.Empty;
}

public sealed record ClaimWorkItem(string Actor, string WorkItemId) : EngineCommand(Actor);

/// <summary>Completes a step with an outcome (the action taken, e.g. accept / approve), an opinion and variables.</summary>
public sealed record CompleteWorkItem(string Actor, string WorkItemId) : EngineCommand(Actor)
{
    public string? Outcome { get; init; }
    public string? Opinion { get; init; }

    [JsonConverter(typeof(VariableMapJsonConverter))]
    public ImmutableSortedDictionary<string, object?> Variables { get; init; } = VariableMap.Empty;
}

/// <summary>退回/驳回: sends the case back to an earlier user task of the same scope.</summary>
public sealed record ReturnToStep(string Actor, string WorkItemId, string TargetNodeId) : EngineCommand(Actor)
{
    public string? Opinion { get; init; }
}

/// <summary>转办: the item moves to another person, who now owns it.</summary>
public sealed record ReassignWorkItem(string Actor, string WorkItemId, string NewAssignee) : EngineCommand(Actor)
{
    public string? Reason { get; init; }
}

/// <summary>委派: a delegate works on the item and resolves it back to its owner, who completes it.</summary>
public sealed record DelegateWorkItem(string Actor, string WorkItemId, string Delegate) : EngineCommand(Actor)
{
    public string? Reason { get; init; }
}

public sealed record ResolveDelegation(string Actor, string WorkItemId) : EngineCommand(Actor)
{
    public string? Opinion { get; init; }
}

/// <summary>加签: adds signers to a running countersign.</summary>
public sealed record AddSigners(string Actor, string WorkItemId, ImmutableArray<string> Signers) : EngineCommand(Actor)
{
    public string? Reason { get; init; }
}

/// <summary>减签: removes a signer who has not signed yet.</summary>
public sealed record RemoveSigner(string Actor, string WorkItemId, string Signer) : EngineCommand(Actor)
{
    public string? Reason { get; init; }
}

/// <summary>撤回: the applicant withdraws the application.</summary>
public sealed record WithdrawInstance(string Actor) : EngineCommand(Actor)
{
    public string? Reason { get; init; }
}

/// <summary>强制终止: an administrator ends the case.</summary>
public sealed record CancelInstance(string Actor, string Reason) : EngineCommand(Actor);

/// <summary>Stops the case clock (补正 after acceptance, or a special procedure).</summary>
public sealed record PauseClock(string Actor, ClockPauseKind Kind, string Reason) : EngineCommand(Actor);

public sealed record ResumeClock(string Actor) : EngineCommand(Actor)
{
    public string? Result { get; init; }
}

public sealed record FireTimer(string Actor, string TimerId) : EngineCommand(Actor);

public sealed record CompleteServiceCall(string Actor, string CallId) : EngineCommand(Actor)
{
    [JsonConverter(typeof(VariableMapJsonConverter))]
    public ImmutableSortedDictionary<string, object?> Output { get; init; } = VariableMap.Empty;
}

/// <summary>
/// Moves a running instance to another published version of its definition. Nodes map to the node
/// with the same id unless <see cref="NodeMapping"/> says otherwise. Applied by
/// <see cref="Versions.InstanceMigrator"/>, which needs both versions.
/// </summary>
public sealed record MigrateInstance(string Actor, int ToVersion) : EngineCommand(Actor)
{
    public ImmutableSortedDictionary<string, string> NodeMapping { get; init; } =
        ImmutableSortedDictionary.Create<string, string>(StringComparer.Ordinal);

    public string? Reason { get; init; }
}

/// <summary>
/// Puts a fact the process model does not carry onto the instance's trail — an approved extension,
/// a supplement notice, a delivery — so that it is numbered and hash-chained like every step.
/// </summary>
public sealed record AnnotateInstance(string Actor, string Subject, string Detail) : EngineCommand(Actor);
