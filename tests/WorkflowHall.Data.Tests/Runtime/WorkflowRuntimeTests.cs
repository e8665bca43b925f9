using Microsoft.EntityFrameworkCore;
using WorkflowHall.Data.Runtime;
using WorkflowHall.Engine.Execution;
using WorkflowHall.Engine.Execution.Commands;
using WorkflowHall.Engine.Trail;

namespace WorkflowHall.Data.Tests.Runtime;

using WorkflowHall.Data.Tests.Infrastructure;

public class WorkflowRuntimeTests
{
    private static StartRequest Apply(string key = "standard-approval") => new(key, "440106199001011234")
    {
        HandlingUnit = "gz-tianhe",
        Variables = new Dictionary<string, object?> { ["applicant"] = "440106199001011234" },
    };

    private static async Task<CommandOutcome> Complete(TestHall hall, string instanceId, string nodeId, string outcome, string actor = "clerk")
    {
        var state = (await hall.Runtime.FindAsync(instanceId))!;
        var item = InstanceStateJson.Deserialize(state.StateJson).WorkItems.Single(w => w.NodeId == nodeId);
        return await hall.Runtime.ExecuteAsync(instanceId, new CompleteWorkItem(actor, item.Id) { Outcome = outcome, Opinion = $"{nodeId} 同意" });
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_case_runs_end_to_end_and_its_stored_trail_verifies(string provider)
    {
        await using var hall = await TestHall.CreateAsync(provider);
        var definition = await hall.PublishStandardAsync();
        var started = await hall.Runtime.StartAsync(Apply() with { InstanceId = "case-1" });
        Assert.True(started.IsAccepted, started.Rejection?.ToString());

        foreach (var (step, outcome) in new[] { ("accept", "accept"), ("review", "review"), ("approve", "approve"), ("issue", "issue") })
        {
            hall.Clock.Advance(TimeSpan.FromHours(3.123456789));
            var done = await Complete(hall, "case-1", step, outcome);
            Assert.True(done.IsAccepted, done.Rejection?.ToString());
        }

        var record = (await hall.Runtime.FindAsync("case-1"))!;
        Assert.Equal("Completed", record.Status);
        Assert.Equal("closed", record.EndNodeId);
        var trail = await hall.Runtime.TrailAsync("case-1");
        Assert.Equal(record.TrailLength, trail.Count);
        Assert.Equal(record.TrailHead, trail[^1].Hash);
        var check = TrailVerifier.Verify(definition.Definition, definition.Key, definition.Version, trail);
        Assert.True(check.IsValid, check.ToString());

        await using var db = await hall.Contexts.CreateDbContextAsync();
        Assert.Equal(0, await db.WorkItems.CountAsync());
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_inbox_shows_an_opened_step_to_its_post_and_unit_with_its_legal_due_date(string provider)
    {
        await using var hall = await TestHall.CreateAsync(provider);
        await hall.PublishStandardAsync();
        await hall.Runtime.StartAsync(Apply() with { InstanceId = "case-1" });

        var page = await hall.Inbox.ForPostsAsync(["window-acceptance"], ["gz-tianhe"], 1, 20);
        var item = Assert.Single(page.Items);
        Assert.Equal("accept", item.NodeId);
        Assert.Equal("受理", item.NodeName);
        // Opened Tue 2026-12-01 09:00 (+08:00) with 5 working days: due end of Tue 2026-12-08.
        Assert.Equal(new DateTime(2026, 12, 8, 15, 59, 59, DateTimeKind.Utc), item.DueAt);
        Assert.Empty((await hall.Inbox.ForPostsAsync(["window-acceptance"], ["gz-yuexiu"], 1, 20)).Items);
        Assert.Empty((await hall.Inbox.ForPostsAsync(["section-review"], ["gz-tianhe"], 1, 20)).Items);

        await hall.Runtime.ExecuteAsync("case-1", new ClaimWorkItem("clerk-zhang", item.EngineId));
        Assert.Empty((await hall.Inbox.ForPostsAsync(["window-acceptance"], ["gz-tianhe"], 1, 20)).Items);
        Assert.Single((await hall.Inbox.ForAssigneeAsync("clerk-zhang", 1, 20)).Items);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Two_clerks_completing_the_same_item_at_once_one_wins_and_the_other_is_told_who(string provider)
    {
        await using var hall = await TestHall.CreateAsync(provider);
        await hall.PublishStandardAsync();
        var other = hall.SecondNode();
        for (var round = 0; round < 5; round++)
        {
            var id = $"case-{round}";
            await hall.Runtime.StartAsync(Apply() with { InstanceId = id });
            var item = (await hall.Inbox.ForPostsAsync(["window-acceptance"], ["gz-tianhe"], 1, 200)).Items.Single(w => w.InstanceId == id);

            var outcomes = await Task.WhenAll(
                Task.Run(() => hall.Runtime.ExecuteAsync(id, new CompleteWorkItem("zhang", item.EngineId) { Outcome = "accept" })),
                Task.Run(() => other.Runtime.ExecuteAsync(id, new CompleteWorkItem("li", item.EngineId) { Outcome = "accept" })));

            var winner = Assert.Single(outcomes, o => o.IsAccepted);
            var loser = Assert.Single(outcomes, o => !o.IsAccepted);
            Assert.Equal(RejectionCode.WorkItemAlreadyClosed, loser.Rejection!.Code);
            var winnerName = winner.Events[0].Actor;
            Assert.Contains(winnerName, loser.Rejection.MessageZh);
            Assert.Contains(winnerName, loser.Rejection.MessageEn);
            var trail = await hall.Runtime.TrailAsync(id);
            Assert.Single(trail, e => e.Kind == TrailEventKind.WorkItemCompleted);
        }
    }

    private static readonly string FourBranches = TestHall.Bpmn("four", """
        <bpmn:startEvent id="s"/><bpmn:sequenceFlow id="f0" sourceRef="s" targetRef="fork"/>
        <bpmn:parallelGateway id="fork"/>
        <bpmn:sequenceFlow id="fa" sourceRef="fork" targetRef="a"/><bpmn:sequenceFlow id="fb" sourceRef="fork" targetRef="b"/>
        <bpmn:sequenceFlow id="fc" sourceRef="fork" targetRef="c"/><bpmn:sequenceFlow id="fd" sourceRef="fork" targetRef="sign"/>
        <bpmn:userTask id="a" hall:post="p"/><bpmn:userTask id="b" hall:post="p"/><bpmn:userTask id="c" hall:post="p"/>
        <bpmn:userTask id="sign"><bpmn:multiInstanceLoopCharacteristics camunda:collection="signers"/></bpmn:userTask>
        <bpmn:sequenceFlow id="ja" sourceRef="a" targetRef="join"/><bpmn:sequenceFlow id="jb" sourceRef="b" targetRef="join"/>
        <bpmn:sequenceFlow id="jc" sourceRef="c" targetRef="join"/><bpmn:sequenceFlow id="jd" sourceRef="sign" targetRef="join"/>
        <bpmn:parallelGateway id="join"/><bpmn:sequenceFlow id="fz" sourceRef="join" targetRef="after"/>
        <bpmn:userTask id="after" hall:post="p"/><bpmn:sequenceFlow id="fe" sourceRef="after" targetRef="e"/><bpmn:endEvent id="e"/>
        """);

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Concurrent_completions_of_branches_and_countersigners_never_lose_a_token_at_the_join(string provider)
    {
        await using var hall = await TestHall.CreateAsync(provider);
        await hall.PublishAsync(FourBranches);
        string[] signers = ["s1", "s2", "s3", "s4"];
        var started = await hall.Runtime.StartAsync(new StartRequest("four", "applicant")
        {
            InstanceId = "wide", Variables = new Dictionary<string, object?> { ["signers"] = signers },
        });
        var items = started.State!.WorkItems;
        Assert.Equal(7, items.Count);

        var nodes = Enumerable.Range(0, 3).Select(_ => hall.SecondNode()).Append(hall).ToArray();
        var outcomes = await Task.WhenAll(items.Select((item, i) => Task.Run(() =>
            nodes[i % nodes.Length].Runtime.ExecuteAsync("wide", new CompleteWorkItem(item.Assignee ?? "clerk", item.Id)))));

        Assert.All(outcomes, o => Assert.True(o.IsAccepted, o.Rejection?.ToString()));
        var state = InstanceStateJson.Deserialize((await hall.Runtime.FindAsync("wide"))!.StateJson);
        Assert.Equal(["after"], state.WorkItems.Select(w => w.NodeId));
        Assert.Single(state.Tokens);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_command_on_a_revision_the_clerk_no_longer_sees_is_a_conflict(string provider)
    {
        await using var hall = await TestHall.CreateAsync(provider);
        await hall.PublishStandardAsync();
        var started = await hall.Runtime.StartAsync(Apply() with { InstanceId = "case-1" });
        var seen = started.State!.Revision;
        var item = started.State.WorkItems.Single();
        await hall.Runtime.ExecuteAsync("case-1", new ClaimWorkItem("zhang", item.Id));

        var stale = await hall.Runtime.ExecuteAsync("case-1", new CompleteWorkItem("zhang", item.Id) { Outcome = "accept", ExpectedRevision = seen });

        Assert.Equal(OutcomeKind.Rejected, stale.Kind);
        Assert.Equal(RejectionCode.StaleRevision, stale.Rejection!.Code);
    }
}
