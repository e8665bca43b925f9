using WorkflowHall.Engine.Bpmn;
using WorkflowHall.Engine.Execution;
using WorkflowHall.Engine.Execution.Commands;

namespace WorkflowHall.Engine.Trail;

/// <summary>Checks an instance's trail: first its hash chain, then a full replay through the definition version it ran on.</summary>
public static class TrailVerifier
{
    public static TrailVerification Verify(ProcessDefinition definition, string definitionKey, int definitionVersion, IReadOnlyList<TrailEvent> events) =>
        Verify(version => version == definitionVersion ? definition : null, definitionKey, definitionVersion, events);

    /// <summary>Checks a trail that may cross versions (after a migration): <paramref name="versions"/> gives each version's definition.</summary>
    public static TrailVerification Verify(Func<int, ProcessDefinition?> versions, string definitionKey, int startVersion, IReadOnlyList<TrailEvent> events)
    {
        var chain = VerifyChain(events);
        return chain.ChainIntact ? Replay(versions, definitionKey, startVersion, events) : chain;
    }

    public static TrailVerification VerifyChain(IReadOnlyList<TrailEvent> events)
    {
        var previous = TrailHash.Genesis;
        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i];
            string? reason = null;
            if (e.Sequence != i + 1) reason = $"expected sequence {i + 1}, found {e.Sequence} (an event was removed or inserted)";
            else if (e.PreviousHash != previous) reason = "its previous-hash does not match the event before it";
            else if (TrailHash.Compute(e) != e.Hash) reason = "its content does not match its hash (the event was edited)";
            if (reason is not null) return new TrailVerification { EventCount = events.Count, FirstBrokenSequence = i + 1, BrokenReason = reason };
            previous = e.Hash;
        }
        return new TrailVerification { EventCount = events.Count };
    }

    private static TrailVerification Replay(Func<int, ProcessDefinition?> versions, string key, int version, IReadOnlyList<TrailEvent> events)
    {
        if (events.Count == 0) return new TrailVerification { EventCount = 0 };
        var state = InstanceState.New(events[0].InstanceId, key, version);
        var i = 0;
        while (i < events.Count)
        {
            var head = events[i];
            if (head.Command is null) return Diverges(events, head.Sequence, "expected the start of a command, found an event no command produced");

            EngineCommand command;
            try
            {
                command = CommandJson.Deserialize(head.Command);
            }
            catch (Exception e) when (e is System.Text.Json.JsonException or NotSupportedException)
            {
                // A rewritten row whose command no longer reads (hashes recomputed, so the chain holds): the replay stops here.
                return Diverges(events, head.Sequence, $"its command cannot be read ({e.Message})");
            }
            var definition = versions(state.DefinitionVersion);
            if (definition is null) return Diverges(events, head.Sequence, $"version {state.DefinitionVersion} of '{key}' is not available to replay");
            StepResult result;
            if (command is MigrateInstance migrate)
            {
                if (versions(migrate.ToVersion) is not { } target) return Diverges(events, head.Sequence, $"version {migrate.ToVersion} of '{key}' is not available to replay");
                result = Versions.InstanceMigrator.Migrate(definition, target, state, migrate, head.At);
            }
            else
            {
                result = ProcessEngine.Step(definition, state, command, head.At);
            }
            if (!result.IsAccepted) return Diverges(events, head.Sequence, $"the command is refused on replay: {result.Rejection}");

            foreach (var replayed in result.Events)
            {
                if (i >= events.Count) return Diverges(events, replayed.Sequence, $"replay produces {replayed.Kind} at {replayed.NodeId}, the trail ends");
                if (FirstDifference(events[i], replayed) is { } field)
                {
                    return Diverges(events, events[i].Sequence, $"{field}: recorded {Describe(events[i])}, replay gives {Describe(replayed)}");
                }
                i++;
            }
            state = result.State;
        }
        return new TrailVerification { EventCount = events.Count };
    }

    private static string? FirstDifference(TrailEvent recorded, TrailEvent replayed)
    {
        if (recorded.Kind != replayed.Kind) return "kind";
        if (recorded.NodeId != replayed.NodeId) return "node";
        if (recorded.WorkItemId != replayed.WorkItemId) return "work item";
        if (recorded.Outcome != replayed.Outcome) return "outcome";
        if (recorded.Opinion != replayed.Opinion) return "opinion";
        if (recorded.Detail != replayed.Detail) return "detail";
        if (recorded.VariablesJson != replayed.VariablesJson) return "variables";
        if (recorded.Actor != replayed.Actor) return "actor";
        if (recorded.StateHash != replayed.StateHash) return "state";
        if (recorded.Hash != replayed.Hash) return "hash";
        return null;
    }

    private static string Describe(TrailEvent e) => $"{e.Kind} {e.NodeId} {e.WorkItemId} {e.Outcome} {e.Detail}".TrimEnd();

    private static TrailVerification Diverges(IReadOnlyList<TrailEvent> events, long sequence, string reason) =>
        new() { EventCount = events.Count, FirstDivergentSequence = sequence, DivergenceReason = reason };
}
