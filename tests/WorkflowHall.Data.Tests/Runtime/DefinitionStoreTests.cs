using Microsoft.EntityFrameworkCore;
using WorkflowHall.Data.Runtime;
using WorkflowHall.Engine.Versions;

namespace WorkflowHall.Data.Tests.Runtime;

using WorkflowHall.Data.Tests.Infrastructure;

public class DefinitionStoreTests
{
    private static string Process(int acceptDays, bool withApproval = false) => TestHall.Bpmn("permit", $"""
        <bpmn:startEvent id="s"/><bpmn:sequenceFlow id="f0" sourceRef="s" targetRef="accept"/>
        <bpmn:userTask id="accept" name="受理" hall:post="window" hall:timeLimit="{acceptDays}"/>
        <bpmn:sequenceFlow id="f1" sourceRef="accept" targetRef="{(withApproval ? "approve" : "e")}"/>
        {(withApproval ? """<bpmn:userTask id="approve" name="审批" hall:post="leader"/><bpmn:sequenceFlow id="f2" sourceRef="approve" targetRef="e"/>""" : "")}
        <bpmn:endEvent id="e"/>
        """);

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task New_instances_start_on_the_latest_version_while_running_ones_stay_on_theirs(string provider)
    {
        await using var hall = await TestHall.CreateAsync(provider);
        var v1 = await hall.PublishAsync(Process(5));
        var first = await hall.Runtime.StartAsync(new StartRequest("permit", "a") { InstanceId = "old" });

        var v2 = await hall.PublishAsync(Process(3, withApproval: true), "受理时限压缩为 3 个工作日");
        var second = await hall.Runtime.StartAsync(new StartRequest("permit", "a") { InstanceId = "new" });

        Assert.Equal((1, 2), (v1.Version, v2.Version));
        Assert.Equal(1, first.State!.DefinitionVersion);
        Assert.Equal(2, second.State!.DefinitionVersion);
        Assert.Equal(3, second.State.WorkItems.Single().TimeLimit!.Amount);
        var stillOld = Engine.Execution.InstanceStateJson.Deserialize((await hall.Runtime.FindAsync("old"))!.StateJson);
        Assert.Equal(1, stillOld.DefinitionVersion);
        Assert.Equal(5, stillOld.WorkItems.Single().TimeLimit!.Amount);

        Assert.True(await hall.Definitions.RetireAsync("permit", 2, "admin"));
        Assert.Equal(1, (await hall.Definitions.LatestAsync("permit"))!.Version);

        var diff = (await hall.Definitions.CompareAsync("permit", 1, 2))!;
        Assert.Contains(diff.Nodes, c => c.ElementId == "approve" && c.Change == ChangeKind.Added);
        Assert.Contains(diff.Nodes, c => c.ElementId == "accept" && c.Change == ChangeKind.Changed);

        await using var db = await hall.Contexts.CreateDbContextAsync();
        Assert.Equal(["publish", "publish", "retire"], await db.AuditRecords.OrderBy(a => a.Id).Select(a => a.Action).ToListAsync());
        Assert.Null(await db.DefinitionDrafts.SingleOrDefaultAsync());
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Publishing_a_draft_with_problems_is_refused_with_all_of_them_and_nothing_is_published(string provider)
    {
        await using var hall = await TestHall.CreateAsync(provider);
        var draft = await hall.Definitions.SaveDraftAsync(TestHall.Bpmn("broken", """
            <bpmn:startEvent id="s"/><bpmn:sequenceFlow id="f0" sourceRef="s" targetRef="accept"/>
            <bpmn:userTask id="accept" name="受理" hall:timeLimit="-2"/>
            <bpmn:userTask id="island" name="孤岛" hall:post="x"/>
            """), "admin");
        Assert.True(draft.Saved);

        var outcome = await hall.Definitions.PublishAsync("broken", "admin");

        Assert.Null(outcome.Published);
        Assert.Contains(outcome.Problems, p => p.ElementId == "accept");
        Assert.Contains(outcome.Problems, p => p.ElementId == "island");
        Assert.True(outcome.Problems.Length >= 4, string.Join("\n", outcome.Problems));
        Assert.Empty(await hall.Definitions.VersionsAsync("broken"));
        Assert.NotNull(await hall.Definitions.DraftAsync("broken"));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Two_administrators_publishing_at_once_get_distinct_versions_or_a_clear_refusal(string provider)
    {
        await using var hall = await TestHall.CreateAsync(provider);
        await hall.PublishAsync(Process(5));
        await hall.Definitions.SaveDraftAsync(Process(4), "admin");
        var other = hall.SecondNode();

        var results = await Task.WhenAll(
            Task.Run(() => hall.Definitions.PublishAsync("permit", "admin-a")),
            Task.Run(() => other.Definitions.PublishAsync("permit", "admin-b")));

        var versions = await hall.Definitions.VersionsAsync("permit");
        Assert.Equal([1, 2], versions.Select(v => v.Version));
        Assert.Single(results, r => r.Published is not null);
    }
}
