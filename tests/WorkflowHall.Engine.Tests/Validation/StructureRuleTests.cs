using WorkflowHall.Engine.Bpmn;
using WorkflowHall.Engine.Validation;
using static WorkflowHall.Engine.Tests.Bpmn.InlineBpmn;

namespace WorkflowHall.Engine.Tests.Validation;

public class StructureRuleTests
{
    [Fact]
    public void A_well_formed_process_has_no_problem()
    {
        Assert.Empty(Problems.Of(Chain("accept", "review", "approve")));
    }

    [Fact]
    public void An_id_used_twice_is_reported_once()
    {
        var codes = Problems.Codes(Chain("review") + UserTask("review") + Flow("review", "start", "end"));

        Assert.Contains((ProblemCode.DuplicateId, "review"), codes);
        Assert.Single(codes, c => c.Item1 == ProblemCode.DuplicateId);
    }

    [Fact]
    public void A_flow_whose_target_does_not_exist_is_dangling()
    {
        var problem = Assert.Single(Problems.Of(Chain("review") + Flow("lost", "review", "nowhere")));

        Assert.Equal((ProblemCode.DanglingFlow, "lost", "sequenceFlow"), (problem.Code, problem.ElementId, problem.ElementKind));
        Assert.Contains("nowhere", problem.MessageZh);
    }

    [Fact]
    public void A_flow_into_a_sub_process_child_crosses_its_boundary()
    {
        var codes = Problems.Codes(Start() + """
            <bpmn:subProcess id="sub"><bpmn:startEvent id="s_start"/><bpmn:endEvent id="s_end"/><bpmn:sequenceFlow id="s1" sourceRef="s_start" targetRef="s_end"/></bpmn:subProcess>
            """ + End() + Sequence("start", "sub", "end") + Flow("jump", "start", "s_end"));

        Assert.Contains((ProblemCode.CrossScopeFlow, "jump"), codes);
    }

    [Fact]
    public void Every_scope_needs_exactly_one_start_and_an_end()
    {
        var codes = Problems.Codes(Start() + Start("start2") + UserTask("t") + End() + Sequence("start", "t", "end") + Flow("s2", "start2", "t")
            + """<bpmn:subProcess id="empty_sub"/>""" + Flow("t_sub", "t", "empty_sub") + Flow("sub_end", "empty_sub", "end"));

        Assert.Contains((ProblemCode.SeveralStartEvents, "p"), codes);
        Assert.Contains((ProblemCode.NoStartEvent, "empty_sub"), codes);
        Assert.Contains((ProblemCode.NoEndEvent, "empty_sub"), codes);
    }

    [Fact]
    public void A_process_without_start_or_end_says_so()
    {
        var codes = Problems.Codes(UserTask("alone"));

        Assert.Contains((ProblemCode.NoStartEvent, "p"), codes);
        Assert.Contains((ProblemCode.NoEndEvent, "p"), codes);
    }

    [Fact]
    public void A_node_no_flow_leads_to_is_unreachable()
    {
        var codes = Problems.Codes(Chain("review") + UserTask("orphan") + Flow("orphan_end", "orphan", "end"));

        Assert.Equal([(ProblemCode.UnreachableNode, "orphan")], codes);
    }

    [Fact]
    public void A_node_that_cannot_reach_an_end_event_is_named_in_chinese_first_then_english()
    {
        var problems = Problems.Of(Start() + UserTask("审核") + UserTask("loop") + End() + Sequence("start", "审核", "loop") + Flow("back", "loop", "审核")
            + UserTask("ok") + Flow("x", "start", "ok") + Flow("y", "ok", "end"));

        var problem = Assert.Single(problems, p => p.ElementId == "审核");
        Assert.Equal(ProblemCode.CannotReachEnd, problem.Code);
        Assert.Equal("节点 \"审核\" 无法到达任何结束事件", problem.MessageZh);
        Assert.Equal("Node \"审核\" cannot reach any end event", problem.MessageEn);
        Assert.Contains(problems, p => p.ElementId == "loop" && p.Code == ProblemCode.CannotReachEnd);
    }

    [Fact]
    public void A_boundary_timer_is_reachable_through_its_activity_and_must_itself_reach_an_end()
    {
        var codes = Problems.Codes(Chain("review") + """
            <bpmn:boundaryEvent id="late" attachedToRef="review"><bpmn:timerEventDefinition><bpmn:timeDuration></bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:boundaryEvent>
            """);

        Assert.DoesNotContain((ProblemCode.UnreachableNode, "late"), codes);
        Assert.Contains((ProblemCode.CannotReachEnd, "late"), codes);
    }

    [Fact]
    public void The_validator_checks_a_definition_built_in_code_and_returns_every_problem_at_once()
    {
        var definition = new ProcessDefinition("p", "未完成", [
            new StartEvent("s", null, null),
            new UserTask("u", "审核", null),
            new ServiceTask("svc", "通知", null, Handler: null),
            new ParallelGateway("g", null, null),
        ], [new SequenceFlow("f1", "s", "u", null), new SequenceFlow("f2", "u", "svc", null), new SequenceFlow("f3", "svc", "ghost", null)]);

        var codes = DefinitionValidator.Validate(definition).Select(p => (p.Code, p.ElementId)).ToList();

        Assert.Contains((ProblemCode.NoEndEvent, "p"), codes);
        Assert.Contains((ProblemCode.DanglingFlow, "f3"), codes);
        Assert.Contains((ProblemCode.UnreachableNode, "g"), codes);
        Assert.Contains((ProblemCode.GatewayShape, "g"), codes);
        Assert.Contains((ProblemCode.MissingAssignment, "u"), codes);
        Assert.Contains((ProblemCode.MissingHandler, "svc"), codes);
    }
}
