using WorkflowHall.Engine.Execution;
using WorkflowHall.Engine.Execution.Commands;
using static WorkflowHall.Engine.Tests.TestProcess;

namespace WorkflowHall.Engine.Tests.Execution;

public class ClockTests
{
    private static readonly string Reminder = """
        <bpmn:startEvent id="s"/>
        <bpmn:sequenceFlow id="f0" sourceRef="s" targetRef="review"/>
        <bpmn:userTask id="review" hall:post="review"/>
        <bpmn:boundaryEvent id="late" attachedToRef="review">
          <bpmn:timerEventDefinition><bpmn:timeDuration>P3D</bpmn:timeDuration></bpmn:timerEventDefinition>
        </bpmn:boundaryEvent>
        <bpmn:sequenceFlow id="f1" sourceRef="review" targetRef="e"/>
        <bpmn:sequenceFlow id="f2" sourceRef="late" targetRef="e"/>
        <bpmn:endEvent id="e"/>
        """;

    [Fact]
    public void Pausing_the_clock_holds_timers_and_resuming_moves_them_by_the_pause()
    {
        var run = new Run(Load(Reminder)).Start();
        var timer = run.State.Timers.Single();

        run.Now = T0.AddDays(1);
        run.Do(new PauseClock("clerk", ClockPauseKind.SpecialProcedure, "专家评审"));
        Assert.True(run.State.Clock.IsPaused);

        run.Now = T0.AddDays(3);
        Assert.Equal(RejectionCode.ClockPaused, run.Try(new FireTimer("timer", timer.Id)).Rejection!.Code);

        run.Now = T0.AddDays(6);
        run.Do(new ResumeClock("clerk") { Result = "评审通过" });

        Assert.Equal(T0.AddDays(8), run.State.Timers.Single().DueAt);
        var pause = run.State.Clock.Pauses.Single();
        Assert.Equal(T0.AddDays(1), pause.From);
        Assert.Equal(T0.AddDays(6), pause.To);
        Assert.Equal(ClockPauseKind.SpecialProcedure, pause.Kind);
        Assert.Contains(run.Last!.Effects, e => e is TimerScheduled s && s.Timer.DueAt == T0.AddDays(8));
    }

    [Fact]
    public void The_clock_cannot_be_paused_twice_or_resumed_when_running()
    {
        var run = new Run(Load(Reminder)).Start();
        Assert.Equal(RejectionCode.ClockNotPaused, run.Try(new ResumeClock("clerk")).Rejection!.Code);
        run.Do(new PauseClock("clerk", ClockPauseKind.Supplement, "补正材料"));
        var second = run.Try(new PauseClock("clerk", ClockPauseKind.SpecialProcedure, "听证"));
        Assert.Equal(RejectionCode.ClockAlreadyPaused, second.Rejection!.Code);
        Assert.Contains("补正材料", second.Rejection.MessageZh);
    }
}
