using WorkflowHall.Engine.Execution.Commands;
using WorkflowHall.Engine.Trail;
using static WorkflowHall.Engine.Tests.TestProcess;

namespace WorkflowHall.Engine.Tests.Trail;

public class TrailVerifierTests
{
    private static readonly Lazy<Engine.Bpmn.ProcessDefinition> Standard = new(() => LoadFile("workflows/standard-approval.bpmn"));

    private static Run Finished()
    {
        var run = new Run(Standard.Value).Start(("applicant", "zhang"));
        foreach (var (step, outcome) in new[] { ("accept", "accept"), ("review", "review"), ("approve", "approve"), ("issue", "issue") })
        {
            run.Now = run.Now.AddHours(3);
            run.Do(new CompleteWorkItem("clerk", run.Item(step).Id) { Outcome = outcome, Opinion = $"{step} 同意" });
        }
        return run;
    }

    private static TrailVerification Verify(IReadOnlyList<TrailEvent> trail) => TrailVerifier.Verify(Standard.Value, Standard.Value.Key, 1, trail);

    [Fact]
    public void An_untouched_trail_is_intact_and_replays_to_the_same_states()
    {
        var run = Finished();
        var check = Verify(run.Trail);
        Assert.True(check.IsValid, check.ToString());
        Assert.Equal(run.State.TrailHead, run.Trail[^1].Hash);
        Assert.Equal(Enumerable.Range(1, run.Trail.Count).Select(i => (long)i), run.Trail.Select(e => e.Sequence));
    }

    [Fact]
    public void Editing_an_opinion_breaks_the_chain_at_that_event()
    {
        var trail = Finished().Trail.ToList();
        var index = trail.FindIndex(e => e.Opinion == "review 同意");
        trail[index] = trail[index] with { Opinion = "不同意" };

        var check = Verify(trail);

        Assert.False(check.ChainIntact);
        Assert.Equal(trail[index].Sequence, check.FirstBrokenSequence);
        Assert.Contains("edited", check.BrokenReason);
    }

    [Fact]
    public void Removing_an_event_breaks_the_chain_where_it_was()
    {
        var trail = Finished().Trail.ToList();
        trail.RemoveAt(5);
        Assert.Equal(6, Verify(trail).FirstBrokenSequence);
    }

    [Fact]
    public void A_rewritten_history_with_recomputed_hashes_is_caught_by_replay()
    {
        var trail = Finished().Trail.ToList();
        var index = trail.FindIndex(e => e.Kind == TrailEventKind.WorkItemCompleted && e.NodeId == "approve");
        trail[index] = trail[index] with { Outcome = "refuse" };
        var previous = TrailHash.Genesis;
        for (var i = 0; i < trail.Count; i++)
        {
            var relinked = trail[i] with { PreviousHash = previous };
            trail[i] = relinked with { Hash = TrailHash.Compute(relinked) };
            previous = trail[i].Hash;
        }

        var check = Verify(trail);

        Assert.True(check.ChainIntact);
        Assert.False(check.ReplayMatches);
        Assert.Equal(trail[index].Sequence, check.FirstDivergentSequence);
        Assert.Contains("outcome", check.DivergenceReason);
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("{\"$type\":\"NoSuchCommand\"}")]
    public void A_rewritten_command_that_no_longer_reads_is_reported_as_the_divergent_event(string command)
    {
        var trail = Finished().Trail.ToList();
        var index = trail.FindIndex(e => e.Kind == TrailEventKind.WorkItemCompleted && e.NodeId == "approve");
        trail[index] = trail[index] with { Command = command };
        var previous = TrailHash.Genesis;
        for (var i = 0; i < trail.Count; i++)
        {
            var relinked = trail[i] with { PreviousHash = previous };
            trail[i] = relinked with { Hash = TrailHash.Compute(relinked) };
            previous = trail[i].Hash;
        }

        var check = Verify(trail);

        Assert.True(check.ChainIntact);
        Assert.Equal(trail[index].Sequence, check.FirstDivergentSequence);
        Assert.Contains("cannot be read", check.DivergenceReason);
    }

    [Fact]
    public void Commands_round_trip_through_their_json_form()
    {
        EngineCommand command = new CompleteWorkItem("张三", "wi7")
        {
            Outcome = "approve",
            Opinion = "同意发证",
            ExpectedRevision = 4,
            Variables = Variables.VariableMap.From([KeyValuePair.Create("amount", (object?)12.5m), KeyValuePair.Create("tags", (object?)new[] { "急", "b" })]),
        };
        var json = Engine.Execution.CommandJson.Serialize(command);
        Assert.Contains("同意发证", json);
        Assert.Equal(json, Engine.Execution.CommandJson.Serialize(Engine.Execution.CommandJson.Deserialize(json)));
    }
}
