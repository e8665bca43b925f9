using Microsoft.EntityFrameworkCore;
using WorkflowHall.Data.Runtime;
using WorkflowHall.Engine.Execution;
using WorkflowHall.Engine.Execution.Commands;
using WorkflowHall.Engine.Trail;

namespace WorkflowHall.Data.Tests.Runtime;

using WorkflowHall.Data.Tests.Infrastructure;

public class MigrationAndRetentionTests
{
    private static readonly string V1 = TestHall.Bpmn("permit", """
        <bpmn:startEvent id="s"/><bpmn:sequenceFlow id="f0" sourceRef="s" targetRef="accept"/>
        <bpmn:userTask id="accept" name="受理" hall:post="window"/>
        <bpmn:sequenceFlow id="f1" sourceRef="accept" targetRef="review"/>
        <bpmn:userTask id="review" name="审核" hall:post="section"/>
        <bpmn:sequenceFlow id="f2" sourceRef="review" targetRef="e"/><bpmn:endEvent id="e"/>
        """);

    private static readonly string V2 = TestHall.Bpmn("permit", """
        <bpmn:startEvent id="s"/><bpmn:sequenceFlow id="f0" sourceRef="s" targetRef="accept"/>
        <bpmn:userTask id="accept" name="受理" hall:post="window" hall:timeLimit="2"/>
        <bpmn:sequenceFlow id="f1" sourceRef="accept" targetRef="check"/>
        <bpmn:userTask id="check" name="审查" hall:post="section"/>
        <bpmn:sequenceFlow id="f2" sourceRef="check" targetRef="e"/><bpmn:endEvent id="e"/>
        """);

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_migration_plan_is_dry_run_against_every_instance_and_applied_only_when_it_fits_all(string provider)
    {
        await using var hall = await TestHall.CreateAsync(provider);
        await hall.PublishAsync(V1);
        await hall.Runtime.StartAsync(new StartRequest("permit", "a") { InstanceId = "at-accept" });
        var atReview = await hall.Runtime.StartAsync(new StartRequest("permit", "a") { InstanceId = "at-review" });
        await hall.Runtime.ExecuteAsync("at-review", new CompleteWorkItem("clerk", atReview.State!.WorkItems.Single().Id));
        await hall.PublishAsync(V2);

        var unmapped = await hall.Migrations.ApplyAsync(new MigrationRequest("permit", 1, 2, "admin"));
        var problem = Assert.Single(unmapped.Problems);
        Assert.Equal("at-review", problem.InstanceId);
        Assert.Equal("review", problem.Problem.NodeId);
        Assert.Equal(0, unmapped.Migrated);
        Assert.Equal(1, InstanceStateJson.Deserialize((await hall.Runtime.FindAsync("at-accept"))!.StateJson).DefinitionVersion);

        var plan = new MigrationRequest("permit", 1, 2, "admin") { NodeMapping = new Dictionary<string, string> { ["review"] = "check" } };
        Assert.True((await hall.Migrations.DryRunAsync(plan)).CanApply);
        var applied = await hall.Migrations.ApplyAsync(plan);

        Assert.Equal((2, 2), (applied.Instances, applied.Migrated));
        var moved = InstanceStateJson.Deserialize((await hall.Runtime.FindAsync("at-review"))!.StateJson);
        Assert.Equal(2, moved.DefinitionVersion);
        Assert.Equal("check", moved.WorkItems.Single().NodeId);
        await using (var db = await hall.Contexts.CreateDbContextAsync())
        {
            Assert.Equal("check", (await db.WorkItems.SingleAsync(w => w.InstanceId == "at-review")).NodeId);
            Assert.Contains(await db.AuditRecords.Select(a => a.Action).ToListAsync(), a => a == "migrate");
        }

        var trail = await hall.Runtime.TrailAsync("at-review");
        Assert.Contains(trail, e => e.Kind == TrailEventKind.InstanceMigrated);
        var v1 = (await hall.Definitions.GetAsync("permit", 1))!.Definition;
        var v2 = (await hall.Definitions.GetAsync("permit", 2))!.Definition;
        Assert.True(TrailVerifier.Verify(v => v == 1 ? v1 : v == 2 ? v2 : null, "permit", 1, trail).IsValid);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Retention_archives_instances_ended_longer_ago_than_the_period_with_their_trail(string provider)
    {
        await using var hall = await TestHall.CreateAsync(provider, retention: new RetentionOptions { Years = 2 });
        await hall.PublishAsync(V1);
        var old = await hall.Runtime.StartAsync(new StartRequest("permit", "a") { InstanceId = "old" });
        await hall.Runtime.ExecuteAsync("old", new WithdrawInstance("a"));
        await hall.Runtime.StartAsync(new StartRequest("permit", "a") { InstanceId = "running" });

        hall.Clock.Advance(TimeSpan.FromDays(365 * 2 + 10));
        await hall.Runtime.StartAsync(new StartRequest("permit", "a") { InstanceId = "recent" });
        await hall.Runtime.ExecuteAsync("recent", new WithdrawInstance("a"));

        Assert.Equal(1, await hall.Retention.RunAsync("system"));

        await using var db = await hall.Contexts.CreateDbContextAsync();
        Assert.Equal(["recent", "running"], await db.Instances.OrderBy(i => i.Id).Select(i => i.Id).ToListAsync());
        var archived = await db.ArchivedInstances.SingleAsync();
        Assert.Equal("old", archived.Id);
        Assert.Contains("InstanceWithdrawn", archived.ArchiveJson);
        Assert.Equal(0, await db.TrailEvents.CountAsync(e => e.InstanceId == "old"));
        var audit = await db.AuditRecords.SingleAsync(a => a.Action == "retention");
        Assert.Equal("system", audit.Actor);
        Assert.Contains("old", audit.Detail);
    }

    [Fact]
    public async Task Retention_is_off_by_default()
    {
        await using var hall = await TestHall.CreateAsync(TestDatabase.Sqlite);
        await hall.PublishAsync(V1);
        await hall.Runtime.StartAsync(new StartRequest("permit", "a") { InstanceId = "old" });
        await hall.Runtime.ExecuteAsync("old", new WithdrawInstance("a"));
        hall.Clock.Advance(TimeSpan.FromDays(365 * 50));
        Assert.Equal(0, await hall.Retention.RunAsync("system"));
    }
}
