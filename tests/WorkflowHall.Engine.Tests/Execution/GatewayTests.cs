using WorkflowHall.Engine.Execution.Commands;
using WorkflowHall.Engine.Execution;
using static WorkflowHall.Engine.Tests.TestProcess;

namespace WorkflowHall.Engine.Tests.Execution;

public class GatewayTests
{
    private static string Task(string id) => $"""<bpmn:userTask id="{id}" name="{id}" hall:post="clerk"/>""";

    private static readonly string Exclusive = $"""
        <bpmn:startEvent id="s"/>
        <bpmn:sequenceFlow id="f0" sourceRef="s" targetRef="g"/>
        <bpmn:exclusiveGateway id="g" name="金额判断" default="fDefault"/>
        <bpmn:sequenceFlow id="fBig" sourceRef="g" targetRef="big">{Cond("${amount > 100}")}</bpmn:sequenceFlow>
        <bpmn:sequenceFlow id="fMid" sourceRef="g" targetRef="mid">{Cond("${amount > 10}")}</bpmn:sequenceFlow>
        <bpmn:sequenceFlow id="fDefault" sourceRef="g" targetRef="small"/>
        {Task("big")}{Task("mid")}{Task("small")}
        <bpmn:sequenceFlow id="f1" sourceRef="big" targetRef="e"/>
        <bpmn:sequenceFlow id="f2" sourceRef="mid" targetRef="e"/>
        <bpmn:sequenceFlow id="f3" sourceRef="small" targetRef="e"/>
        <bpmn:endEvent id="e"/>
        """;

    [Theory]
    [InlineData(500, "big")]
    [InlineData(50, "mid")]
    [InlineData(5, "small")]
    public void Exclusive_gateway_takes_the_first_matching_flow_in_order_or_the_default(int amount, string expected)
    {
        var run = new Run(Load(Exclusive)).Start(("amount", amount));
        Assert.Equal([expected], run.OpenSteps);
    }

    [Fact]
    public void Exclusive_gateway_without_a_match_or_default_refuses_the_command_and_changes_nothing()
    {
        var definition = Load($"""
            <bpmn:startEvent id="s"/>
            <bpmn:sequenceFlow id="f0" sourceRef="s" targetRef="a"/>
            {Task("a")}
            <bpmn:sequenceFlow id="f1" sourceRef="a" targetRef="g"/>
            <bpmn:exclusiveGateway id="g" name="决定"/>
            <bpmn:sequenceFlow id="fYes" sourceRef="g" targetRef="e">{Cond("${outcome == 'approve'}")}</bpmn:sequenceFlow>
            <bpmn:sequenceFlow id="fNo" sourceRef="g" targetRef="e">{Cond("${outcome == 'refuse'}")}</bpmn:sequenceFlow>
            <bpmn:endEvent id="e"/>
            """);
        var run = new Run(definition).Start();
        var before = run.State;

        var result = run.Try(new CompleteWorkItem("clerk", run.Item("a").Id) { Outcome = "maybe" });

        Assert.False(result.IsAccepted);
        Assert.Equal(RejectionCode.ExecutionError, result.Rejection!.Code);
        Assert.Equal("g", result.Rejection.ElementId);
        Assert.Contains("决定", result.Rejection.MessageZh);
        Assert.Same(before, run.State);
        Assert.Equal(["a"], run.OpenSteps);
    }

    [Fact]
    public void Default_flow_on_an_activity_is_taken_only_when_no_condition_holds()
    {
        var definition = Load($"""
            <bpmn:startEvent id="s"/>
            <bpmn:sequenceFlow id="f0" sourceRef="s" targetRef="a"/>
            <bpmn:userTask id="a" hall:post="clerk" default="fOther"/>
            <bpmn:sequenceFlow id="fUrgent" sourceRef="a" targetRef="urgent">{Cond("${urgent == true}")}</bpmn:sequenceFlow>
            <bpmn:sequenceFlow id="fOther" sourceRef="a" targetRef="normal"/>
            {Task("urgent")}{Task("normal")}
            <bpmn:sequenceFlow id="f1" sourceRef="urgent" targetRef="e"/>
            <bpmn:sequenceFlow id="f2" sourceRef="normal" targetRef="e"/>
            <bpmn:endEvent id="e"/>
            """);

        Assert.Equal(["urgent"], new Run(definition).Start().Complete("a", variables: ("urgent", true)).OpenSteps);
        Assert.Equal(["normal"], new Run(definition).Start().Complete("a", variables: ("urgent", false)).OpenSteps);
    }

    private static readonly string Parallel = $"""
        <bpmn:startEvent id="s"/>
        <bpmn:sequenceFlow id="f0" sourceRef="s" targetRef="fork"/>
        <bpmn:parallelGateway id="fork"/>
        <bpmn:sequenceFlow id="fa" sourceRef="fork" targetRef="a"/>
        <bpmn:sequenceFlow id="fb" sourceRef="fork" targetRef="b"/>
        <bpmn:sequenceFlow id="fc" sourceRef="fork" targetRef="c"/>
        {Task("a")}{Task("b")}{Task("c")}
        <bpmn:sequenceFlow id="ja" sourceRef="a" targetRef="join"/>
        <bpmn:sequenceFlow id="jb" sourceRef="b" targetRef="join"/>
        <bpmn:sequenceFlow id="jc" sourceRef="c" targetRef="join"/>
        <bpmn:parallelGateway id="join"/>
        <bpmn:sequenceFlow id="f9" sourceRef="join" targetRef="after"/>
        {Task("after")}
        <bpmn:sequenceFlow id="f10" sourceRef="after" targetRef="e"/>
        <bpmn:endEvent id="e"/>
        """;

    [Fact]
    public void Parallel_join_waits_for_every_branch()
    {
        var run = new Run(Load(Parallel)).Start();
        Assert.Equal(["a", "b", "c"], run.OpenSteps);

        run.Complete("b").Complete("a");
        Assert.Equal(["c"], run.OpenSteps);
        Assert.Equal(2, run.State.Tokens.Count(t => t.NodeId == "join"));

        run.Complete("c");
        Assert.Equal(["after"], run.OpenSteps);
        Assert.Single(run.State.Tokens);
    }

    private static readonly string Inclusive = $"""
        <bpmn:startEvent id="s"/>
        <bpmn:sequenceFlow id="f0" sourceRef="s" targetRef="split"/>
        <bpmn:inclusiveGateway id="split" default="fFire"/>
        <bpmn:sequenceFlow id="fEnv" sourceRef="split" targetRef="env">{Cond("${needsEnvironment}")}</bpmn:sequenceFlow>
        <bpmn:sequenceFlow id="fSafety" sourceRef="split" targetRef="safety">{Cond("${needsSafety}")}</bpmn:sequenceFlow>
        <bpmn:sequenceFlow id="fFire" sourceRef="split" targetRef="fire"/>
        {Task("env")}{Task("safety")}{Task("fire")}
        <bpmn:sequenceFlow id="j1" sourceRef="env" targetRef="join"/>
        <bpmn:sequenceFlow id="j2" sourceRef="safety" targetRef="join"/>
        <bpmn:sequenceFlow id="j3" sourceRef="fire" targetRef="join"/>
        <bpmn:inclusiveGateway id="join"/>
        <bpmn:sequenceFlow id="f9" sourceRef="join" targetRef="decide"/>
        {Task("decide")}
        <bpmn:sequenceFlow id="f10" sourceRef="decide" targetRef="e"/>
        <bpmn:endEvent id="e"/>
        """;

    [Fact]
    public void Inclusive_split_takes_every_true_branch_and_the_join_waits_exactly_for_them()
    {
        var run = new Run(Load(Inclusive)).Start(("needsEnvironment", true), ("needsSafety", true));
        Assert.Equal(["env", "safety"], run.OpenSteps);

        run.Complete("safety");
        Assert.Equal(["env"], run.OpenSteps);

        run.Complete("env");
        Assert.Equal(["decide"], run.OpenSteps);
    }

    [Fact]
    public void Inclusive_join_with_a_single_active_branch_fires_as_soon_as_it_arrives()
    {
        var run = new Run(Load(Inclusive)).Start(("needsEnvironment", true), ("needsSafety", false));
        Assert.Equal(["env"], run.OpenSteps);
        run.Complete("env");
        Assert.Equal(["decide"], run.OpenSteps);
    }

    [Fact]
    public void Inclusive_split_with_no_true_condition_takes_its_default_flow()
    {
        var run = new Run(Load(Inclusive)).Start(("needsEnvironment", false), ("needsSafety", false));
        Assert.Equal(["fire"], run.OpenSteps);
    }

    [Fact]
    public void Inclusive_join_stops_waiting_for_a_branch_that_ends_elsewhere()
    {
        var definition = Load($"""
            <bpmn:startEvent id="s"/>
            <bpmn:sequenceFlow id="f0" sourceRef="s" targetRef="split"/>
            <bpmn:parallelGateway id="split"/>
            <bpmn:sequenceFlow id="fa" sourceRef="split" targetRef="a"/>
            <bpmn:sequenceFlow id="fb" sourceRef="split" targetRef="b"/>
            {Task("a")}{Task("b")}
            <bpmn:sequenceFlow id="fa2" sourceRef="a" targetRef="join"/>
            <bpmn:sequenceFlow id="fb2" sourceRef="b" targetRef="bDecision"/>
            <bpmn:exclusiveGateway id="bDecision" default="toJoin"/>
            <bpmn:sequenceFlow id="toEnd" sourceRef="bDecision" targetRef="e2">{Cond("${outcome == 'drop'}")}</bpmn:sequenceFlow>
            <bpmn:sequenceFlow id="toJoin" sourceRef="bDecision" targetRef="join"/>
            <bpmn:endEvent id="e2"/>
            <bpmn:inclusiveGateway id="join"/>
            <bpmn:sequenceFlow id="f9" sourceRef="join" targetRef="after"/>
            {Task("after")}
            <bpmn:sequenceFlow id="f10" sourceRef="after" targetRef="e"/>
            <bpmn:endEvent id="e"/>
            """);

        var run = new Run(definition).Start().Complete("a");
        Assert.Equal(["b"], run.OpenSteps);

        run.Complete("b", "drop");
        Assert.Equal(["after"], run.OpenSteps);
    }

    [Fact]
    public void Terminate_end_event_ends_the_instance_and_closes_the_other_branches()
    {
        var definition = Load($"""
            <bpmn:startEvent id="s"/>
            <bpmn:sequenceFlow id="f0" sourceRef="s" targetRef="fork"/>
            <bpmn:parallelGateway id="fork"/>
            <bpmn:sequenceFlow id="fa" sourceRef="fork" targetRef="a"/>
            <bpmn:sequenceFlow id="fb" sourceRef="fork" targetRef="b"/>
            {Task("a")}{Task("b")}
            <bpmn:sequenceFlow id="fa2" sourceRef="a" targetRef="kill"/>
            <bpmn:sequenceFlow id="fb2" sourceRef="b" targetRef="e"/>
            <bpmn:endEvent id="kill" name="终止"><bpmn:terminateEventDefinition/></bpmn:endEvent>
            <bpmn:endEvent id="e"/>
            """);

        var run = new Run(definition).Start().Complete("a");

        Assert.Equal(InstanceStatus.Completed, run.State.Status);
        Assert.Equal("kill", run.State.EndNodeId);
        Assert.Empty(run.State.WorkItems);
        Assert.Empty(run.State.Tokens);
        Assert.Contains(run.State.ClosedWorkItems, c => c.NodeId == "b" && c.Reason == WorkItemCloseReason.Interrupted);
    }
}
