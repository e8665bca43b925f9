using WorkflowHall.Engine.Execution;
using WorkflowHall.Engine.Execution.Commands;
using WorkflowHall.Engine.Time;
using static WorkflowHall.Engine.Tests.TestProcess;

namespace WorkflowHall.Engine.Tests.Execution;

public class TimerTests
{
    private static string Timer(string kind, string value) =>
        $"""<bpmn:timerEventDefinition><bpmn:{kind} xsi:type="bpmn:tFormalExpression">{value}</bpmn:{kind}></bpmn:timerEventDefinition>""";

    [Fact]
    public void Intermediate_timer_waits_until_it_is_fired_at_its_due_time()
    {
        var definition = Load($"""
            <bpmn:startEvent id="s"/>
            <bpmn:sequenceFlow id="f0" sourceRef="s" targetRef="wait"/>
            <bpmn:intermediateCatchEvent id="wait" name="公示期">{Timer("timeDuration", "P5D")}</bpmn:intermediateCatchEvent>
            <bpmn:sequenceFlow id="f1" sourceRef="wait" targetRef="a"/>
            <bpmn:userTask id="a" hall:post="clerk"/>
            <bpmn:sequenceFlow id="f2" sourceRef="a" targetRef="e"/>
            <bpmn:endEvent id="e"/>
            """);
        var run = new Run(definition).Start();
        var timer = Assert.Single(run.State.Timers);
        Assert.Equal(T0.AddDays(5), timer.DueAt);
        Assert.Contains(run.Last!.Effects, e => e is TimerScheduled s && s.Timer.Id == timer.Id);

        run.Now = T0.AddDays(4);
        Assert.Equal(RejectionCode.InvalidCommand, run.Try(new FireTimer("timer", timer.Id)).Rejection!.Code);

        run.Now = T0.AddDays(5);
        run.Do(new FireTimer("timer", timer.Id));
        Assert.Equal(["a"], run.OpenSteps);
        Assert.Empty(run.State.Timers);

        var again = run.Try(new FireTimer("timer", timer.Id));
        Assert.Equal(RejectionCode.AlreadyHandled, again.Rejection!.Code);
    }

    private static string Escalation(bool interrupting, string timer) => $"""
        <bpmn:startEvent id="s"/>
        <bpmn:sequenceFlow id="f0" sourceRef="s" targetRef="review"/>
        <bpmn:userTask id="review" name="审核" hall:post="section-review"/>
        <bpmn:boundaryEvent id="late" attachedToRef="review" cancelActivity="{(interrupting ? "true" : "false")}">{timer}</bpmn:boundaryEvent>
        <bpmn:sequenceFlow id="f1" sourceRef="review" targetRef="e"/>
        <bpmn:sequenceFlow id="f2" sourceRef="late" targetRef="remind"/>
        <bpmn:userTask id="remind" name="督办" hall:post="supervision"/>
        <bpmn:sequenceFlow id="f3" sourceRef="remind" targetRef="e2"/>
        <bpmn:endEvent id="e"/>
        <bpmn:endEvent id="e2"/>
        """;

    [Fact]
    public void Interrupting_boundary_timer_closes_the_step_and_takes_the_escalation_path()
    {
        var run = new Run(Load(Escalation(true, Timer("timeDuration", "PT48H"))));
        run.Start();
        var timer = Assert.Single(run.State.Timers);
        Assert.Equal("late", timer.NodeId);

        run.Now = T0.AddHours(48);
        run.Do(new FireTimer("timer", timer.Id));

        Assert.Equal(["remind"], run.OpenSteps);
        Assert.Contains(run.State.ClosedWorkItems, c => c.NodeId == "review" && c.Reason == WorkItemCloseReason.Interrupted);
    }

    [Fact]
    public void Completing_the_step_cancels_its_boundary_timer()
    {
        var run = new Run(Load(Escalation(true, Timer("timeDuration", "PT48H")))).Start();
        var timer = Assert.Single(run.State.Timers);
        run.Complete("review");
        Assert.Empty(run.State.Timers);
        Assert.Contains(run.Last!.Effects, e => e is TimerCancelled c && c.TimerId == timer.Id);
        Assert.Equal(InstanceStatus.Completed, run.State.Status);
    }

    [Fact]
    public void Non_interrupting_cycle_timer_sends_a_reminder_each_time_and_leaves_the_step_open()
    {
        var run = new Run(Load(Escalation(false, Timer("timeCycle", "R2/PT1H")))).Start();

        run.Now = T0.AddHours(1);
        run.Do(new FireTimer("timer", run.State.Timers.Single().Id));
        Assert.Equal(["remind", "review"], run.OpenSteps);
        var rearmed = Assert.Single(run.State.Timers);
        Assert.Equal(T0.AddHours(2), rearmed.DueAt);

        run.Now = T0.AddHours(2);
        run.Do(new FireTimer("timer", rearmed.Id));
        Assert.Equal(2, run.Items("remind").Count);
        Assert.Empty(run.State.Timers);
        Assert.Single(run.Items("review"));
    }

    [Fact]
    public void A_timer_date_in_the_past_is_due_at_once()
    {
        var run = new Run(Load(Escalation(true, Timer("timeDate", "2026-11-01T00:00:00+08:00")))).Start();
        Assert.Equal(new DateTimeOffset(2026, 11, 1, 0, 0, 0, HallTime.Offset), run.State.Timers.Single().DueAt);
        run.Do(new FireTimer("timer", run.State.Timers.Single().Id));
        Assert.Equal(["remind"], run.OpenSteps);
    }
}
