using WorkflowHall.Engine.Execution;
using WorkflowHall.Engine.Execution.Commands;
using WorkflowHall.Engine.Trail;
using static WorkflowHall.Engine.Tests.TestProcess;

namespace WorkflowHall.Engine.Tests.Execution;

/// <summary>The hall's standard five-step process (workflows/standard-approval.bpmn) driven as clerks would.</summary>
public class StandardProcessTests
{
    private static readonly Lazy<Engine.Bpmn.ProcessDefinition> Standard = new(() => LoadFile("workflows/standard-approval.bpmn"));

    private static Run Applied() => new Run(Standard.Value).Start(("applicant", "440106199001011234"));

    [Fact]
    public void Happy_path_runs_apply_accept_review_approve_issue_and_closes()
    {
        var run = Applied();
        Assert.Equal(["accept"], run.OpenSteps);
        Assert.Equal("window-acceptance", run.Item("accept").CandidatePost);

        run.Complete("accept", "accept").Complete("review", "review").Complete("approve", "approve").Complete("issue", "issue");

        Assert.Equal(InstanceStatus.Completed, run.State.Status);
        Assert.Equal("closed", run.State.EndNodeId);
        Assert.True(TrailVerifier.Verify(Standard.Value, Standard.Value.Key, 1, run.Trail).IsValid);
    }

    [Fact]
    public void Supplement_request_sends_the_case_to_the_applicant_and_back_to_acceptance()
    {
        var run = Applied().Complete("accept", "requestSupplement");
        Assert.Equal(["supplement"], run.OpenSteps);
        Assert.Equal("440106199001011234", run.Item("supplement").Assignee);

        run.Complete("supplement", "supplement", actor: "440106199001011234");
        Assert.Equal(["accept"], run.OpenSteps);
    }

    [Theory]
    [InlineData("accept", "refuseAccept", "notAccepted")]
    [InlineData("approve", "refuse", "refused")]
    public void Refusals_end_the_case_at_their_own_end_event(string step, string outcome, string end)
    {
        var run = Applied();
        if (step == "approve") run.Complete("accept", "accept").Complete("review", "review");
        run.Complete(step, outcome);
        Assert.Equal(end, run.State.EndNodeId);
    }

    [Fact]
    public void Review_can_return_the_case_to_acceptance_through_the_process_flow()
    {
        var run = Applied().Complete("accept", "accept").Complete("review", "return");
        Assert.Equal(["accept"], run.OpenSteps);
    }

    [Fact]
    public void An_outcome_the_step_does_not_allow_is_refused_with_the_allowed_list()
    {
        var run = Applied();
        var result = run.Try(new CompleteWorkItem("clerk", run.Item("accept").Id) { Outcome = "approve" });
        Assert.Equal(RejectionCode.ActionNotAllowed, result.Rejection!.Code);
        Assert.Contains("accept", result.Rejection.MessageEn);
        Assert.Contains("受理", result.Rejection.MessageZh);
    }

    [Fact]
    public void Steps_carry_their_stage_post_and_time_limit_into_the_inbox()
    {
        var run = Applied().Complete("accept", "accept");
        var review = run.Item("review");
        Assert.Equal(Engine.Bpmn.HallStage.Review, review.Stage);
        Assert.Equal("section-review", review.CandidatePost);
        Assert.Equal(new Engine.Bpmn.TimeLimit(10, Engine.Bpmn.TimeLimitUnit.WorkingDays), review.TimeLimit);
        Assert.Equal(T0, review.OpenedAt);
    }
}
