using WorkflowHall.Engine.Validation;
using static WorkflowHall.Engine.Tests.Bpmn.InlineBpmn;

namespace WorkflowHall.Engine.Tests.Validation;

public class StepRuleTests
{
    private static List<ValidationProblem> Step(string attributes, string body = "") =>
        Problems.Of(Start() + UserTask("step", attributes, body) + End() + Sequence("start", "step", "end"));

    [Theory]
    [InlineData("""hall:post="window" """)]
    [InlineData("""camunda:assignee="${applicant}" """)]
    [InlineData("""camunda:candidateGroups="reviewers" """)]
    [InlineData("""flowable:candidateUsers="zhang" """)]
    public void A_user_task_with_any_assignment_rule_passes(string attributes)
    {
        Assert.Empty(Step(attributes));
    }

    [Fact]
    public void A_user_task_nobody_may_take_is_missing_its_assignment()
    {
        var problem = Assert.Single(Step("""hall:stage="review" """));

        Assert.Equal((ProblemCode.MissingAssignment, "step"), (problem.Code, problem.ElementId));
        Assert.Contains("hall:post", problem.MessageZh);
    }

    [Fact]
    public void A_countersign_over_a_collection_needs_no_other_assignment()
    {
        Assert.Empty(Step("", """<bpmn:multiInstanceLoopCharacteristics camunda:collection="signers" camunda:elementVariable="signer"/>"""));
    }

    [Theory]
    [InlineData("""hall:timeLimit="0" """)]
    [InlineData("""hall:timeLimit="-2" """)]
    [InlineData("""hall:timeLimit="1.5" """)]
    [InlineData("""hall:timeLimit="3" hall:timeLimitUnit="naturalDays" hall:warningShare="1.2" """)]
    [InlineData("""hall:timeLimit="3" hall:warningShare="0" """)]
    [InlineData("""hall:timeLimit="3" hall:warningBefore="3" """)]
    [InlineData("""hall:timeLimit="3" hall:warningBefore="1" hall:warningShare="0.5" """)]
    [InlineData("""hall:warningShare="0.5" """)]
    public void A_time_limit_that_cannot_be_counted_is_invalid(string limit)
    {
        var problem = Assert.Single(Step("hall:post=\"p\" " + limit));

        Assert.Equal((ProblemCode.InvalidTimeLimit, "step"), (problem.Code, problem.ElementId));
    }

    [Theory]
    [InlineData("""hall:timeLimit="1.5" hall:timeLimitUnit="hours" hall:warningBefore="0.5" """)]
    [InlineData("""hall:timeLimit="20" hall:warningShare="0.8" """)]
    public void Counted_time_limits_pass(string limit)
    {
        Assert.Empty(Step("hall:post=\"p\" " + limit));
    }

    [Theory]
    [InlineData("<bpmn:multiInstanceLoopCharacteristics/>")]
    [InlineData("<bpmn:multiInstanceLoopCharacteristics><bpmn:loopCardinality>0</bpmn:loopCardinality></bpmn:multiInstanceLoopCharacteristics>")]
    [InlineData("<bpmn:multiInstanceLoopCharacteristics><bpmn:loopCardinality>2.5</bpmn:loopCardinality></bpmn:multiInstanceLoopCharacteristics>")]
    [InlineData("""<bpmn:multiInstanceLoopCharacteristics camunda:collection="signers"><bpmn:completionCondition>${nrOfCompletedInstances >= }</bpmn:completionCondition></bpmn:multiInstanceLoopCharacteristics>""")]
    public void A_countersign_without_items_or_with_a_bad_completion_condition_is_invalid(string loop)
    {
        var problem = Assert.Single(Step("hall:post=\"p\"", loop));

        Assert.Equal((ProblemCode.InvalidMultiInstance, "step"), (problem.Code, problem.ElementId));
    }

    [Fact]
    public void A_countersign_of_three_that_ends_at_two_approvals_passes()
    {
        Assert.Empty(Step("hall:post=\"p\"", "<bpmn:multiInstanceLoopCharacteristics><bpmn:loopCardinality>3</bpmn:loopCardinality><bpmn:completionCondition>${nrOfCompletedInstances >= 2}</bpmn:completionCondition></bpmn:multiInstanceLoopCharacteristics>"));
    }

    [Fact]
    public void A_service_task_without_handler_is_reported()
    {
        var problem = Assert.Single(Problems.Of(Start() + """<bpmn:serviceTask id="notify" name="通知"/>""" + End() + Sequence("start", "notify", "end")));

        Assert.Equal((ProblemCode.MissingHandler, "notify", "serviceTask"), (problem.Code, problem.ElementId, problem.ElementKind));
        Assert.StartsWith("服务任务 \"通知\"", problem.MessageZh);
    }
}
