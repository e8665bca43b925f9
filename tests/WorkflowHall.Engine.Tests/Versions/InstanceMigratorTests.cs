using System.Collections.Immutable;
using WorkflowHall.Engine.Execution;
using WorkflowHall.Engine.Execution.Commands;
using WorkflowHall.Engine.Trail;
using WorkflowHall.Engine.Versions;
using static WorkflowHall.Engine.Tests.TestProcess;

namespace WorkflowHall.Engine.Tests.Versions;

public class InstanceMigratorTests
{
    private static readonly Engine.Bpmn.ProcessDefinition V1 = Load("""
        <bpmn:startEvent id="s"/><bpmn:sequenceFlow id="f0" sourceRef="s" targetRef="accept"/>
        <bpmn:userTask id="accept" name="受理" hall:post="window" hall:timeLimit="5"/>
        <bpmn:sequenceFlow id="f1" sourceRef="accept" targetRef="review"/>
        <bpmn:userTask id="review" name="审核" hall:post="section" hall:timeLimit="10"/>
        <bpmn:sequenceFlow id="f2" sourceRef="review" targetRef="e"/><bpmn:endEvent id="e"/>
        """);

    // Version 2 renames review to check (3 days), adds approval, and a reminder on check.
    private static readonly Engine.Bpmn.ProcessDefinition V2 = Load("""
        <bpmn:startEvent id="s"/><bpmn:sequenceFlow id="f0" sourceRef="s" targetRef="accept"/>
        <bpmn:userTask id="accept" name="受理" hall:post="window" hall:timeLimit="5"/>
        <bpmn:sequenceFlow id="f1" sourceRef="accept" targetRef="check"/>
        <bpmn:userTask id="check" name="审查" hall:post="section" hall:timeLimit="3"/>
        <bpmn:boundaryEvent id="remind" attachedToRef="check" cancelActivity="false">
          <bpmn:timerEventDefinition><bpmn:timeDuration>P2D</bpmn:timeDuration></bpmn:timerEventDefinition>
        </bpmn:boundaryEvent>
        <bpmn:sequenceFlow id="fr" sourceRef="remind" targetRef="er"/><bpmn:endEvent id="er"/>
        <bpmn:sequenceFlow id="f2" sourceRef="check" targetRef="approve"/>
        <bpmn:userTask id="approve" name="审批" hall:post="leader"/>
        <bpmn:sequenceFlow id="f3" sourceRef="approve" targetRef="e"/><bpmn:endEvent id="e"/>
        """);

    private static Run AtReview() => new Run(V1).Start().Complete("accept");

    [Fact]
    public void A_plan_that_leaves_an_active_step_unmapped_is_refused_with_the_step_named()
    {
        var run = AtReview();
        var problems = InstanceMigrator.Check(V1, V2, run.State, new MigrateInstance("admin", 2));
        var problem = Assert.Single(problems);
        Assert.Equal("review", problem.NodeId);
        Assert.Contains("审核", problem.MessageZh);

        var result = InstanceMigrator.Migrate(V1, V2, run.State, new MigrateInstance("admin", 2), run.Now);
        Assert.Equal(RejectionCode.MigrationInvalid, result.Rejection!.Code);
        Assert.Same(run.State, result.State);
    }

    [Fact]
    public void Mapping_to_a_node_of_another_kind_is_refused()
    {
        var plan = new MigrateInstance("admin", 2) { NodeMapping = ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, [KeyValuePair.Create("review", "e")]) };
        Assert.Contains("userTask", Assert.Single(InstanceMigrator.Check(V1, V2, AtReview().State, plan)).MessageEn);
    }

    [Fact]
    public void A_mapped_instance_continues_on_the_new_version_with_its_settings_and_a_replayable_trail()
    {
        var run = AtReview();
        var item = run.Item("review");
        var plan = new MigrateInstance("admin", 2)
        {
            NodeMapping = ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, [KeyValuePair.Create("review", "check")]),
            Reason = "审查时限压缩为 3 个工作日",
        };
        Assert.Empty(InstanceMigrator.Check(V1, V2, run.State, plan));

        var migrated = InstanceMigrator.Migrate(V1, V2, run.State, plan, run.Now.AddHours(1));

        Assert.True(migrated.IsAccepted);
        var state = migrated.State;
        Assert.Equal(2, state.DefinitionVersion);
        var moved = Assert.Single(state.WorkItems);
        Assert.Equal(item.Id, moved.Id);
        Assert.Equal("check", moved.NodeId);
        Assert.Equal(3, moved.TimeLimit!.Amount);
        Assert.Equal(item.OpenedAt, moved.OpenedAt);
        Assert.Equal("remind", Assert.Single(state.Timers).NodeId);
        Assert.Equal(TrailEventKind.InstanceMigrated, migrated.Events[0].Kind);

        var trail = run.Trail.Concat(migrated.Events).ToList();
        var next = ProcessEngine.Step(V2, state, new CompleteWorkItem("clerk", moved.Id), run.Now.AddHours(2));
        Assert.Equal(["approve"], next.State.WorkItems.Select(w => w.NodeId));
        trail.AddRange(next.Events);

        var check = TrailVerifier.Verify(v => v switch { 1 => V1, 2 => V2, _ => null }, V1.Key, 1, trail);
        Assert.True(check.IsValid, check.ToString());
    }
}
