using WorkflowHall.Engine.Execution;
using WorkflowHall.Engine.Execution.Commands;
using WorkflowHall.Engine.Trail;
using static WorkflowHall.Engine.Tests.TestProcess;

namespace WorkflowHall.Engine.Tests.Execution;

public class DeterminismTests
{
    /// <summary>Four parallel branches, one with a countersign and one with an inclusive split inside.</summary>
    private static readonly Lazy<Engine.Bpmn.ProcessDefinition> Wide = new(() => Load($"""
        <bpmn:startEvent id="s"/>
        <bpmn:sequenceFlow id="f0" sourceRef="s" targetRef="fork"/>
        <bpmn:parallelGateway id="fork"/>
        <bpmn:sequenceFlow id="fa" sourceRef="fork" targetRef="a"/>
        <bpmn:sequenceFlow id="fb" sourceRef="fork" targetRef="b"/>
        <bpmn:sequenceFlow id="fc" sourceRef="fork" targetRef="c"/>
        <bpmn:sequenceFlow id="fd" sourceRef="fork" targetRef="split"/>
        <bpmn:userTask id="a" hall:post="x"/>
        <bpmn:userTask id="b" hall:post="x"/>
        <bpmn:userTask id="c">
          <bpmn:multiInstanceLoopCharacteristics camunda:collection="signers"/>
        </bpmn:userTask>
        <bpmn:inclusiveGateway id="split"/>
        <bpmn:sequenceFlow id="fd1" sourceRef="split" targetRef="d1">{Cond("${true}")}</bpmn:sequenceFlow>
        <bpmn:sequenceFlow id="fd2" sourceRef="split" targetRef="d2">{Cond("${score > 3}")}</bpmn:sequenceFlow>
        <bpmn:userTask id="d1" hall:post="x"/>
        <bpmn:userTask id="d2" hall:post="x"/>
        <bpmn:sequenceFlow id="fd1j" sourceRef="d1" targetRef="merge"/>
        <bpmn:sequenceFlow id="fd2j" sourceRef="d2" targetRef="merge"/>
        <bpmn:inclusiveGateway id="merge"/>
        <bpmn:sequenceFlow id="fdj" sourceRef="merge" targetRef="join"/>
        <bpmn:sequenceFlow id="faj" sourceRef="a" targetRef="join"/>
        <bpmn:sequenceFlow id="fbj" sourceRef="b" targetRef="join"/>
        <bpmn:sequenceFlow id="fcj" sourceRef="c" targetRef="join"/>
        <bpmn:parallelGateway id="join"/>
        <bpmn:sequenceFlow id="fz" sourceRef="join" targetRef="e"/>
        <bpmn:endEvent id="e"/>
        """));

    [Fact]
    public void Every_completion_order_of_parallel_branches_reaches_the_same_end_state()
    {
        string? expectedVariables = null;
        for (var seed = 0; seed < 300; seed++)
        {
            var random = new Random(seed);
            var run = new Run(Wide.Value).Start(("signers", new[] { "li", "wang", "zhao" }), ("score", 5));
            var completions = 0;
            while (run.State.WorkItems.Count > 0)
            {
                var item = run.State.WorkItems[random.Next(run.State.WorkItems.Count)];
                run.Do(new CompleteWorkItem(item.Assignee ?? "clerk", item.Id) { Outcome = "done" });
                completions++;
            }

            Assert.Equal(InstanceStatus.Completed, run.State.Status);
            Assert.Equal("e", run.State.EndNodeId);
            Assert.Empty(run.State.Tokens);
            Assert.Equal(7, completions);
            var variables = Variables.CanonicalJson.Serialize(run.State.Variables);
            expectedVariables ??= variables;
            Assert.Equal(expectedVariables, variables);
            Assert.True(TrailVerifier.Verify(Wide.Value, Wide.Value.Key, 1, run.Trail).IsValid, $"seed {seed}");
        }
    }

    [Fact]
    public void The_same_commands_at_the_same_times_give_identical_trails()
    {
        static IReadOnlyList<TrailEvent> Once()
        {
            var run = new Run(Wide.Value).Start(("signers", new[] { "li" }), ("score", 1));
            while (run.State.WorkItems.Count > 0)
            {
                var item = run.State.WorkItems[0];
                run.Now = run.Now.AddMinutes(7);
                run.Do(new CompleteWorkItem(item.Assignee ?? "clerk", item.Id) { Outcome = "done", Opinion = "同意" });
            }
            return run.Trail;
        }

        Assert.Equal(Once().Select(e => e.Hash), Once().Select(e => e.Hash));
    }
}

public class InstanceStateJsonTests
{
    [Fact]
    public void A_stored_state_reads_back_with_the_same_fingerprint_and_runs_on_identically()
    {
        var definition = Load("""
            <bpmn:startEvent id="s"/><bpmn:sequenceFlow id="f0" sourceRef="s" targetRef="sign"/>
            <bpmn:userTask id="sign" name="会签" hall:actions="approve,reject" hall:timeLimit="3" hall:warningShare="0.5">
              <bpmn:multiInstanceLoopCharacteristics isSequential="true" camunda:collection="signers"/>
            </bpmn:userTask>
            <bpmn:boundaryEvent id="late" attachedToRef="sign" cancelActivity="false">
              <bpmn:timerEventDefinition><bpmn:timeCycle>R2/P1D</bpmn:timeCycle></bpmn:timerEventDefinition>
            </bpmn:boundaryEvent>
            <bpmn:sequenceFlow id="f1" sourceRef="sign" targetRef="e"/><bpmn:endEvent id="e"/>
            <bpmn:sequenceFlow id="f2" sourceRef="late" targetRef="e2"/><bpmn:endEvent id="e2"/>
            """);
        var run = new Run(definition).Start(("signers", new[] { "甲", "乙", "丙" }), ("amount", 12.50m), ("meta", new Dictionary<string, object?> { ["z"] = 1, ["a"] = true }));
        run.Do(new CompleteWorkItem("甲", run.Item("sign").Id) { Outcome = "approve", Opinion = "同意" });
        run.Do(new PauseClock("clerk", ClockPauseKind.SpecialProcedure, "听证"));

        var json = InstanceStateJson.Serialize(run.State);
        var restored = InstanceStateJson.Deserialize(json);

        Assert.Contains("听证", json);
        Assert.Equal(StateFingerprint.Compute(run.State), StateFingerprint.Compute(restored));
        var next = new ResumeClock("clerk");
        Assert.Equal(
            ProcessEngine.Step(definition, run.State, next, run.Now.AddDays(1)).Events.Select(e => e.Hash),
            ProcessEngine.Step(definition, restored, next, run.Now.AddDays(1)).Events.Select(e => e.Hash));
    }
}
