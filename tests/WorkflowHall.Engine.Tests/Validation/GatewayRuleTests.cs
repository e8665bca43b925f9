using WorkflowHall.Engine.Validation;
using static WorkflowHall.Engine.Tests.Bpmn.InlineBpmn;

namespace WorkflowHall.Engine.Tests.Validation;

public class GatewayRuleTests
{
    [Fact]
    public void A_gateway_without_incoming_or_outgoing_flow_is_misshapen()
    {
        var problems = Problems.Of(Chain("review") + """<bpmn:exclusiveGateway id="dead_end"/><bpmn:parallelGateway id="from_nowhere"/>"""
            + Flow("to_dead", "review", "dead_end") + Flow("from", "from_nowhere", "end"));

        Assert.Contains(problems, p => p is { Code: ProblemCode.GatewayShape, ElementId: "dead_end" } && p.MessageEn.Contains("no outgoing"));
        Assert.Contains(problems, p => p is { Code: ProblemCode.GatewayShape, ElementId: "from_nowhere" } && p.MessageEn.Contains("no incoming"));
    }

    [Fact]
    public void A_branch_of_an_exclusive_split_without_condition_that_is_not_the_default_is_missing_its_condition()
    {
        var codes = Problems.Codes(Start() + """<bpmn:exclusiveGateway id="x" default="x_a"/>""" + UserTask("a") + UserTask("b") + End()
            + Flow("s_x", "start", "x") + Flow("x_a", "x", "a") + Flow("x_b", "x", "b") + Flow("a_e", "a", "end") + Flow("b_e", "b", "end"));

        Assert.Equal([(ProblemCode.MissingCondition, "x_b")], codes);
    }

    [Fact]
    public void An_inclusive_split_needs_conditions_too_but_a_single_way_out_does_not()
    {
        var codes = Problems.Codes(Start() + """<bpmn:inclusiveGateway id="i"/><bpmn:exclusiveGateway id="pass"/>""" + UserTask("a") + UserTask("b") + End()
            + Flow("s_pass", "start", "pass") + Flow("pass_i", "pass", "i") + Flow("i_a", "i", "a") + Flow("i_b", "i", "b") + Flow("a_e", "a", "end") + Flow("b_e", "b", "end"));

        Assert.Equal([(ProblemCode.MissingCondition, "i_a"), (ProblemCode.MissingCondition, "i_b")], codes);
    }

    [Fact]
    public void A_default_flow_that_does_not_leave_the_element_is_invalid()
    {
        var codes = Problems.Codes(Start() + """<bpmn:exclusiveGateway id="x" default="s_x"/>""" + End()
            + Flow("s_x", "start", "x") + Flow("x_e", "x", "end"));

        Assert.Equal([(ProblemCode.InvalidDefaultFlow, "x")], codes);
    }

    [Fact]
    public void A_parallel_gateway_has_no_default_flow()
    {
        var codes = Problems.Codes(Start() + """<bpmn:parallelGateway id="fork" default="f_e"/>""" + End() + Flow("s_f", "start", "fork") + Flow("f_e", "fork", "end"));

        Assert.Equal([(ProblemCode.InvalidDefaultFlow, "fork")], codes);
    }

    [Fact]
    public void A_default_flow_with_a_condition_is_invalid()
    {
        var codes = Problems.Codes(Start() + """<bpmn:exclusiveGateway id="x" default="x_a"/>""" + UserTask("a") + UserTask("b") + End()
            + Flow("s_x", "start", "x") + Flow("x_a", "x", "a", "${true}") + Flow("x_b", "x", "b", "${false}") + Flow("a_e", "a", "end") + Flow("b_e", "b", "end"));

        Assert.Equal([(ProblemCode.InvalidDefaultFlow, "x")], codes);
    }

    [Fact]
    public void A_condition_on_a_flow_out_of_a_parallel_gateway_is_refused()
    {
        var codes = Problems.Codes(Start() + """<bpmn:parallelGateway id="fork"/><bpmn:parallelGateway id="join"/>""" + UserTask("a") + UserTask("b") + End()
            + Flow("s_f", "start", "fork") + Flow("f_a", "fork", "a", "${true}") + Flow("f_b", "fork", "b")
            + Sequence("a", "join", "end") + Flow("b_j", "b", "join"));

        Assert.Equal([(ProblemCode.GatewayShape, "f_a")], codes);
    }
}
