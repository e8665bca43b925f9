using System.Collections.Immutable;
using WorkflowHall.Engine.Execution;
using WorkflowHall.Engine.Execution.Commands;
using static WorkflowHall.Engine.Tests.TestProcess;

namespace WorkflowHall.Engine.Tests.Execution;

public class CountersignTests
{
    private static string Countersign(bool sequential, string? condition = null, string actions = "approve,reject,addSigner,removeSigner") => $"""
        <bpmn:startEvent id="s"/>
        <bpmn:sequenceFlow id="f0" sourceRef="s" targetRef="sign"/>
        <bpmn:userTask id="sign" name="联合会签" hall:actions="{actions}">
          <bpmn:multiInstanceLoopCharacteristics isSequential="{(sequential ? "true" : "false")}" camunda:collection="signers" camunda:elementVariable="signer">
            {(condition is null ? "" : $"<bpmn:completionCondition xsi:type=\"bpmn:tFormalExpression\">{System.Security.SecurityElement.Escape(condition)}</bpmn:completionCondition>")}
          </bpmn:multiInstanceLoopCharacteristics>
        </bpmn:userTask>
        <bpmn:sequenceFlow id="f1" sourceRef="sign" targetRef="g"/>
        <bpmn:exclusiveGateway id="g" default="fOk"/>
        <bpmn:sequenceFlow id="fVeto" sourceRef="g" targetRef="vetoed">{Cond("${nrOfOutcomes.reject > 0}")}</bpmn:sequenceFlow>
        <bpmn:sequenceFlow id="fOk" sourceRef="g" targetRef="passed"/>
        <bpmn:endEvent id="vetoed"/>
        <bpmn:endEvent id="passed"/>
        """;

    private static readonly string[] Signers = ["li", "wang", "zhao"];

    private static Run Started(string body) => new Run(Load(body)).Start(("signers", Signers));

    private static Run Sign(Run run, string signer, string outcome) =>
        run.Do(new CompleteWorkItem(signer, run.State.WorkItems.Single(w => w.Assignee == signer).Id) { Outcome = outcome });

    [Fact]
    public void Parallel_countersign_opens_one_item_per_signer_and_continues_when_all_have_signed()
    {
        var run = Started(Countersign(sequential: false));
        Assert.Equal(Signers, run.Items("sign").Select(w => w.Assignee).Order());

        Sign(run, "wang", "approve");
        Sign(run, "li", "approve");
        Assert.Equal(InstanceStatus.Running, run.State.Status);

        Sign(run, "zhao", "approve");
        Assert.Equal(InstanceStatus.Completed, run.State.Status);
        Assert.Equal("passed", run.State.EndNodeId);
    }

    [Fact]
    public void One_of_n_countersign_settles_on_the_first_signature_and_closes_the_rest()
    {
        var run = Started(Countersign(false, "${nrOfCompletedInstances >= 1}"));
        Sign(run, "zhao", "approve");

        Assert.Equal("passed", run.State.EndNodeId);
        Assert.Equal(2, run.State.ClosedWorkItems.Count(c => c.Reason == WorkItemCloseReason.CountersignSettled));
    }

    [Fact]
    public void Ratio_countersign_settles_when_two_thirds_have_signed()
    {
        var run = Started(Countersign(false, "${nrOfCompletedInstances / nrOfInstances >= 0.6}"));
        Sign(run, "li", "approve");
        Assert.Equal(InstanceStatus.Running, run.State.Status);
        Sign(run, "wang", "approve");
        Assert.Equal(InstanceStatus.Completed, run.State.Status);
    }

    [Fact]
    public void A_single_veto_settles_the_countersign_and_the_gateway_after_it_sees_the_tally()
    {
        var run = Started(Countersign(false, "${nrOfOutcomes.reject > 0}"));
        Sign(run, "li", "approve");
        Sign(run, "wang", "reject");

        Assert.Equal("vetoed", run.State.EndNodeId);
        var tally = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(run.State.Variables["nrOfOutcomes"]);
        Assert.Equal(1m, tally["reject"]);
        Assert.Equal(1m, tally["approve"]);
    }

    [Fact]
    public void Sequential_countersign_hands_the_item_from_signer_to_signer_in_order()
    {
        var run = Started(Countersign(sequential: true));
        Assert.Equal("li", run.Item("sign").Assignee);
        Sign(run, "li", "approve");
        Assert.Equal("wang", run.Item("sign").Assignee);
        Sign(run, "wang", "approve");
        Assert.Equal("zhao", run.Item("sign").Assignee);
        Sign(run, "zhao", "approve");
        Assert.Equal("passed", run.State.EndNodeId);
    }

    [Fact]
    public void Adding_a_signer_to_a_parallel_countersign_makes_the_step_wait_for_them_too()
    {
        var run = Started(Countersign(false));
        run.Do(new AddSigners("li", run.Items("sign")[0].Id, ["sun"]) { Reason = "涉及消防" });
        Assert.Equal(4, run.Items("sign").Count);

        foreach (var signer in Signers) Sign(run, signer, "approve");
        Assert.Equal(InstanceStatus.Running, run.State.Status);
        Sign(run, "sun", "approve");
        Assert.Equal(InstanceStatus.Completed, run.State.Status);
    }

    [Fact]
    public void Removing_the_last_unsigned_signer_settles_the_countersign()
    {
        var run = Started(Countersign(false));
        Sign(run, "li", "approve");
        Sign(run, "wang", "approve");
        run.Do(new RemoveSigner("admin", run.Item("sign").Id, "zhao") { Reason = "回避" });

        Assert.Equal(InstanceStatus.Completed, run.State.Status);
        Assert.Contains(run.State.ClosedWorkItems, c => c.Reason == WorkItemCloseReason.SignerRemoved);
    }

    [Fact]
    public void Removing_a_pending_signer_from_a_sequential_countersign_skips_them()
    {
        var run = Started(Countersign(true));
        run.Do(new RemoveSigner("admin", run.Item("sign").Id, "wang"));
        Sign(run, "li", "approve");
        Assert.Equal("zhao", run.Item("sign").Assignee);
    }

    [Fact]
    public void Signers_cannot_be_removed_when_they_have_signed_or_were_never_signers()
    {
        var run = Started(Countersign(false));
        Sign(run, "li", "approve");
        var item = run.Items("sign")[0].Id;
        Assert.Equal(RejectionCode.InvalidSigner, run.Try(new RemoveSigner("admin", item, "li")).Rejection!.Code);
        Assert.Equal(RejectionCode.InvalidSigner, run.Try(new RemoveSigner("admin", item, "nobody")).Rejection!.Code);
    }

    [Fact]
    public void Adding_signers_to_an_ordinary_step_is_refused()
    {
        var run = new Run(Load("""
            <bpmn:startEvent id="s"/><bpmn:sequenceFlow id="f0" sourceRef="s" targetRef="a"/>
            <bpmn:userTask id="a" hall:post="clerk"/><bpmn:sequenceFlow id="f1" sourceRef="a" targetRef="e"/><bpmn:endEvent id="e"/>
            """)).Start();
        var result = run.Try(new AddSigners("clerk", run.Item("a").Id, ImmutableArray.Create("x")));
        Assert.Equal(RejectionCode.NotACountersign, result.Rejection!.Code);
    }
}
