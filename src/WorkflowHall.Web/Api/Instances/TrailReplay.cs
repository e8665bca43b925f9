using WorkflowHall.Data.Integrity;
using WorkflowHall.Data.Records;
using WorkflowHall.Data.Runtime;
using WorkflowHall.Engine.Bpmn;
using WorkflowHall.Engine.Trail;

namespace WorkflowHall.Web.Api.Instances;

/// <summary>Verifies an instance's trail against the definition versions it ran on, loaded from the store, and against its signed checkpoints.</summary>
internal static class TrailReplay
{
    public static async Task<VerificationResponse> VerifyAsync(InstanceRecord instance, StoredTrail trail, DefinitionStore definitions,
        CheckpointVerifier checkpoints, CancellationToken cancellationToken)
    {
        var used = TrailVersions.Of(trail) ?? new TrailVersions(instance.DefinitionKey, instance.DefinitionVersion, [instance.DefinitionVersion]);
        var signed = await checkpoints.VerifyTrailAsync(instance.Id, trail, ended: instance.EndedAt is not null, cancellationToken);
        if (trail.Unreadable.Count > 0) return VerificationResponse.From(instance.Id, UpToUnreadable(trail), used.Versions, signed);

        var versions = new Dictionary<int, ProcessDefinition>();
        foreach (var version in used.Versions)
        {
            if (await definitions.GetAsync(used.DefinitionKey, version, cancellationToken) is { } published) versions[version] = published.Definition;
        }
        var verification = TrailVerifier.Verify(v => versions.GetValueOrDefault(v), used.DefinitionKey, used.StartVersion, trail);
        return VerificationResponse.From(instance.Id, verification, used.Versions, signed);
    }

    /// <summary>The chain up to the first row that no longer reads, broken there: nothing after it can be checked or replayed.</summary>
    private static TrailVerification UpToUnreadable(StoredTrail trail)
    {
        var unreadable = trail.Unreadable[0];
        var count = trail.Count + trail.Unreadable.Count;
        var before = TrailVerifier.VerifyChain(trail.TakeWhile(e => e.Sequence < unreadable.Sequence).ToList());
        return before.ChainIntact
            ? new TrailVerification { EventCount = count, FirstBrokenSequence = unreadable.Sequence, BrokenReason = StoredTrail.UnreadableReason(unreadable) }
            : before with { EventCount = count };
    }
}
