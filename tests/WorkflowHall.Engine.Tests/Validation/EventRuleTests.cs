using WorkflowHall.Engine.Validation;
using static WorkflowHall.Engine.Tests.Bpmn.InlineBpmn;

namespace WorkflowHall.Engine.Tests.Validation;

public class EventRuleTests
{
    // Left empty so these tests are about attachment only; the empty timer is reported besides.
    private const string Timer = "<bpmn:timerEventDefinition/>";

    [Fact]
    public void A_start_event_with_incoming_flow_and_an_end_event_with_outgoing_flow_are_misshapen()
    {
        var codes = Problems.Codes(Chain("review") + End("end2") + Flow("into_start", "review", "start") + Flow("out_of_end", "end", "end2"));

        Assert.Contains((ProblemCode.EventShape, "start"), codes);
        Assert.Contains((ProblemCode.EventShape, "end"), codes);
    }

    [Fact]
    public void A_boundary_timer_with_incoming_flow_is_badly_attached()
    {
        var codes = Problems.Codes(Chain("review") + $"""<bpmn:boundaryEvent id="late" attachedToRef="review">{Timer}</bpmn:boundaryEvent>"""
            + Flow("late_end", "late", "end") + Flow("into_late", "start", "late"));

        Assert.Contains((ProblemCode.BoundaryAttachment, "late"), codes);
    }

    [Theory]
    [InlineData("ghost", "does not exist")]
    [InlineData("end", "can only be attached to a task or sub-process")]
    public void A_boundary_timer_must_sit_on_an_existing_activity(string attachedTo, string message)
    {
        var problems = Problems.Of(Chain("review") + $"""<bpmn:boundaryEvent id="late" attachedToRef="{attachedTo}">{Timer}</bpmn:boundaryEvent>""" + Flow("late_end", "late", "end"));

        Assert.Contains(problems, p => p.Code == ProblemCode.BoundaryAttachment && p.ElementId == "late" && p.MessageEn.Contains(message));
    }
}
