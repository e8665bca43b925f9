using WorkflowHall.Engine.Validation;
using static WorkflowHall.Engine.Tests.Bpmn.InlineBpmn;

namespace WorkflowHall.Engine.Tests.Validation;

public class ConditionAndTimerRuleTests
{
    private const string Variables = """
        <bpmn:extensionElements><hall:variables>
          <hall:variable name="amount" type="number"/><hall:variable name="urgent" type="boolean"/>
        </hall:variables></bpmn:extensionElements>
        """;

    private static string Split(string condition) => Variables + Start() + """<bpmn:exclusiveGateway id="x" default="x_b"/>""" + UserTask("a") + UserTask("b") + End()
        + Flow("s_x", "start", "x") + Flow("x_a", "x", "a", condition) + Flow("x_b", "x", "b") + Flow("a_e", "a", "end") + Flow("b_e", "b", "end");

    [Fact]
    public void A_well_typed_condition_over_declared_variables_passes()
    {
        Assert.Empty(Problems.Of(Split("${amount > 1000 && urgent}")));
    }

    [Fact]
    public void A_condition_that_does_not_parse_is_invalid_and_says_where()
    {
        var problem = Assert.Single(Problems.Of(Split("${amount > }")));

        Assert.Equal((ProblemCode.InvalidCondition, "x_a"), (problem.Code, problem.ElementId));
        Assert.Contains("character", problem.MessageEn);
        Assert.Contains("个字符", problem.MessageZh);
    }

    [Fact]
    public void A_condition_that_is_not_a_boolean_is_ill_typed()
    {
        var problem = Assert.Single(Problems.Of(Split("${amount + 1}")));

        Assert.Equal((ProblemCode.IllTypedCondition, "x_a"), (problem.Code, problem.ElementId));
        Assert.Contains("boolean", problem.MessageEn);
    }

    [Fact]
    public void A_timer_that_says_nothing_is_empty()
    {
        var codes = Problems.Codes(Start() + """<bpmn:intermediateCatchEvent id="wait"><bpmn:timerEventDefinition/></bpmn:intermediateCatchEvent>""" + End() + Sequence("start", "wait", "end"));

        Assert.Equal([(ProblemCode.EmptyTimer, "wait")], codes);
    }

    [Theory]
    [InlineData("timeDuration", "three days")]
    [InlineData("timeDate", "next tuesday")]
    [InlineData("timeCycle", "R/every hour")]
    public void A_timer_the_schedule_cannot_read_is_invalid(string kind, string expression)
    {
        var problem = Assert.Single(Problems.Of(Start() + $"""<bpmn:intermediateCatchEvent id="wait"><bpmn:timerEventDefinition><bpmn:{kind}>{expression}</bpmn:{kind}></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>"""
            + End() + Sequence("start", "wait", "end")));

        Assert.Equal((ProblemCode.InvalidTimer, "wait"), (problem.Code, problem.ElementId));
        Assert.Contains(expression, problem.MessageEn);
    }

    [Fact]
    public void A_valid_duration_timer_passes()
    {
        Assert.Empty(Problems.Of(Start() + """<bpmn:intermediateCatchEvent id="wait"><bpmn:timerEventDefinition><bpmn:timeDuration>P3D</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>"""
            + End() + Sequence("start", "wait", "end")));
    }
}
