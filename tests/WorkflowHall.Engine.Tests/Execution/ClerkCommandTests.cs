using WorkflowHall.Engine.Trail;
using WorkflowHall.Engine.Execution;
using WorkflowHall.Engine.Execution.Commands;
using static WorkflowHall.Engine.Tests.TestProcess;

namespace WorkflowHall.Engine.Tests.Execution;

public class ClerkCommandTests
{
    private static readonly string Line = """
        <bpmn:startEvent id="s"/>
        <bpmn:sequenceFlow id="f0" sourceRef="s" targetRef="accept"/>
        <bpmn:userTask id="accept" name="受理" hall:post="window"/>
        <bpmn:sequenceFlow id="f1" sourceRef="accept" targetRef="fork"/>
        <bpmn:parallelGateway id="fork"/>
        <bpmn:sequenceFlow id="f2" sourceRef="fork" targetRef="reviewA"/>
        <bpmn:sequenceFlow id="f3" sourceRef="fork" targetRef="reviewB"/>
        <bpmn:userTask id="reviewA" name="审核甲" hall:post="review"/>
        <bpmn:userTask id="reviewB" name="审核乙" hall:post="review"/>
        <bpmn:sequenceFlow id="f4" sourceRef="reviewA" targetRef="join"/>
        <bpmn:sequenceFlow id="f5" sourceRef="reviewB" targetRef="join"/>
        <bpmn:parallelGateway id="join"/>
        <bpmn:sequenceFlow id="f6" sourceRef="join" targetRef="approve"/>
        <bpmn:userTask id="approve" name="审批" hall:post="leader" hall:actions="approve,return,reassign,delegate"/>
        <bpmn:sequenceFlow id="f7" sourceRef="approve" targetRef="e"/>
        <bpmn:endEvent id="e"/>
        """;

    private static Run Started() => new Run(Load(Line)).Start();

    [Fact]
    public void A_second_clerk_completing_the_same_item_is_told_who_completed_it_and_when()
    {
        var run = Started();
        var item = run.Item("accept").Id;
        run.Do(new CompleteWorkItem("zhang", item));

        var late = run.Try(new CompleteWorkItem("li", item));

        Assert.Equal(RejectionCode.WorkItemAlreadyClosed, late.Rejection!.Code);
        Assert.Contains("zhang", late.Rejection.MessageZh);
        Assert.Contains("zhang", late.Rejection.MessageEn);
        Assert.Contains("2026-12-01 09:00:00", late.Rejection.MessageEn);
    }

    [Fact]
    public void A_command_on_a_stale_revision_is_refused()
    {
        var run = Started();
        var seen = run.State.Revision;
        run.Do(new ClaimWorkItem("zhang", run.Item("accept").Id));
        var result = run.Try(new CompleteWorkItem("zhang", run.Item("accept").Id) { ExpectedRevision = seen });
        Assert.Equal(RejectionCode.StaleRevision, result.Rejection!.Code);
    }

    [Fact]
    public void A_claimed_item_can_only_be_completed_by_its_holder()
    {
        var run = Started();
        run.Do(new ClaimWorkItem("zhang", run.Item("accept").Id));
        Assert.Equal(RejectionCode.NotAssignee, run.Try(new CompleteWorkItem("li", run.Item("accept").Id)).Rejection!.Code);
        Assert.Equal(RejectionCode.NotAssignee, run.Try(new ClaimWorkItem("li", run.Item("accept").Id)).Rejection!.Code);
    }

    [Fact]
    public void Returning_from_approval_to_acceptance_withdraws_every_step_after_it_and_records_why()
    {
        var run = Started().Complete("accept").Complete("reviewA");
        Assert.Equal(["reviewB"], run.OpenSteps);
        Assert.Single(run.State.Tokens, t => t.NodeId == "join");
        run.Complete("reviewB");

        run.Do(new ReturnToStep("leader", run.Item("approve").Id, "accept") { Opinion = "材料不齐，请重新受理" });

        Assert.Equal(["accept"], run.OpenSteps);
        Assert.Single(run.State.Tokens);
        var head = run.Last!.Events[0];
        Assert.Equal(TrailEventKind.ReturnedToStep, head.Kind);
        Assert.Equal("accept", head.Detail);
        Assert.Equal("材料不齐，请重新受理", head.Opinion);

        run.Complete("accept").Complete("reviewA").Complete("reviewB").Complete("approve");
        Assert.Equal(InstanceStatus.Completed, run.State.Status);
    }

    [Fact]
    public void Returning_inside_a_parallel_region_clears_the_tokens_waiting_at_the_join()
    {
        var run = Started().Complete("accept").Complete("reviewA");
        var definition = Load(Line);
        // reviewB does not allow "return" explicitly (no hall:actions: everything allowed), target accept is upstream.
        run.Do(new ReturnToStep("clerk", run.Item("reviewB").Id, "accept"));
        Assert.Equal(["accept"], run.OpenSteps);
        Assert.DoesNotContain(run.State.Tokens, t => t.NodeId == "join");
    }

    [Theory]
    [InlineData("approve")]   // itself
    [InlineData("e")]         // not a user task
    [InlineData("nowhere")]   // not in the definition
    public void Returning_to_a_step_that_is_not_an_earlier_user_task_is_refused(string target)
    {
        var run = Started().Complete("accept").Complete("reviewA").Complete("reviewB");
        var result = run.Try(new ReturnToStep("leader", run.Item("approve").Id, target));
        Assert.Equal(RejectionCode.InvalidReturnTarget, result.Rejection!.Code);
    }

    [Fact]
    public void Returning_is_refused_where_the_step_does_not_allow_it()
    {
        var definition = Load("""
            <bpmn:startEvent id="s"/><bpmn:sequenceFlow id="f0" sourceRef="s" targetRef="a"/>
            <bpmn:userTask id="a" hall:post="x"/><bpmn:sequenceFlow id="f1" sourceRef="a" targetRef="b"/>
            <bpmn:userTask id="b" hall:post="x" hall:actions="approve"/><bpmn:sequenceFlow id="f2" sourceRef="b" targetRef="e"/>
            <bpmn:endEvent id="e"/>
            """);
        var run = new Run(definition).Start().Complete("a");
        Assert.Equal(RejectionCode.ActionNotAllowed, run.Try(new ReturnToStep("c", run.Item("b").Id, "a")).Rejection!.Code);
    }

    [Fact]
    public void Reassigning_hands_the_item_to_another_clerk_who_alone_can_complete_it()
    {
        var run = Started().Complete("accept").Complete("reviewA").Complete("reviewB");
        run.Do(new ReassignWorkItem("zhang", run.Item("approve").Id, "wang") { Reason = "出差" });
        Assert.Equal("wang", run.Item("approve").Assignee);
        Assert.Equal(RejectionCode.NotAssignee, run.Try(new CompleteWorkItem("zhang", run.Item("approve").Id)).Rejection!.Code);
        run.Do(new CompleteWorkItem("wang", run.Item("approve").Id) { Outcome = "approve" });
        Assert.Equal(InstanceStatus.Completed, run.State.Status);
    }

    [Fact]
    public void A_delegated_item_comes_back_to_its_owner_who_then_completes_it()
    {
        var run = Started().Complete("accept").Complete("reviewA").Complete("reviewB");
        var item = run.Item("approve").Id;
        run.Do(new ClaimWorkItem("zhang", item)).Do(new DelegateWorkItem("zhang", item, "liu"));

        Assert.Equal(RejectionCode.DelegationPending, run.Try(new CompleteWorkItem("liu", item)).Rejection!.Code);
        Assert.Equal(RejectionCode.NotAssignee, run.Try(new ResolveDelegation("zhang", item)).Rejection!.Code);

        run.Do(new ResolveDelegation("liu", item) { Opinion = "已核实现场" });
        Assert.Equal("zhang", run.Item("approve").Assignee);
        Assert.Equal(WorkItemStatus.Claimed, run.Item("approve").Status);
        run.Do(new CompleteWorkItem("zhang", item) { Outcome = "approve" });
        Assert.Equal(InstanceStatus.Completed, run.State.Status);
    }

    [Fact]
    public void Withdrawing_closes_every_open_item_and_nothing_can_be_done_afterwards()
    {
        var run = Started().Complete("accept");
        var open = run.State.WorkItems.Select(w => w.Id).ToList();

        run.Do(new WithdrawInstance("applicant") { Reason = "不再需要" });

        Assert.Equal(InstanceStatus.Withdrawn, run.State.Status);
        Assert.Empty(run.State.WorkItems);
        Assert.All(open, id => Assert.Contains(run.State.ClosedWorkItems, c => c.Id == id && c.Reason == WorkItemCloseReason.Withdrawn));
        Assert.Equal(RejectionCode.InstanceNotRunning, run.Try(new CompleteWorkItem("clerk", open[0])).Rejection!.Code);
    }

    [Fact]
    public void Cancelling_ends_the_case_as_cancelled()
    {
        var run = Started().Do(new CancelInstance("admin", "重复申请"));
        Assert.Equal(InstanceStatus.Cancelled, run.State.Status);
        Assert.Contains(run.Last!.Effects, e => e is InstanceEnded { Status: InstanceStatus.Cancelled });
    }
}
