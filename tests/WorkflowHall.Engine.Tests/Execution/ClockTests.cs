using WorkflowHall.Engine.Time;
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

public class StepDeadlineTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.LoadDirectory(
        Path.Combine(RepositoryRoot(), "workflows", "calendars"));

    private static readonly string Review = """
        <bpmn:startEvent id="s"/><bpmn:sequenceFlow id="f0" sourceRef="s" targetRef="review"/>
        <bpmn:userTask id="review" hall:post="review" hall:timeLimit="5" hall:timeLimitUnit="workingDays"/>
        <bpmn:sequenceFlow id="f1" sourceRef="review" targetRef="e"/><bpmn:endEvent id="e"/>
        """;

    [Fact]
    public void A_special_procedure_moves_the_step_due_date_by_the_working_days_it_took()
    {
        // Opened Tue 2026-12-01: 5 working days end Tue 2026-12-08.
        var run = new Run(Load(Review)).Start();
        var item = run.Item("review");
        Assert.Equal(new DateTimeOffset(2026, 12, 8, 23, 59, 59, HallTime.Offset),
            StepDeadline.For(item, run.State.Clock, Calendar, run.Now)!.Due.At);

        // Expert review from Wed 12-02 to Fri 12-04 covers Thu and Fri: two working days.
        run.Now = new DateTimeOffset(2026, 12, 2, 10, 0, 0, HallTime.Offset);
        run.Do(new PauseClock("clerk", ClockPauseKind.SpecialProcedure, "专家评审"));
        run.Now = new DateTimeOffset(2026, 12, 4, 16, 0, 0, HallTime.Offset);
        run.Do(new ResumeClock("clerk"));

        var deadline = StepDeadline.For(item, run.State.Clock, Calendar, run.Now)!;
        Assert.Equal(new DateTimeOffset(2026, 12, 10, 23, 59, 59, HallTime.Offset), deadline.Due.At);
        Assert.False(deadline.Due.Provisional);
        Assert.False(deadline.ClockPaused);
    }

    [Fact]
    public void A_step_due_in_a_year_without_a_calendar_is_provisional()
    {
        var run = new Run(Load(Review)) { Now = new DateTimeOffset(2026, 12, 28, 9, 0, 0, HallTime.Offset) }.Start();
        Assert.True(StepDeadline.For(run.Item("review"), run.State.Clock, Calendar, run.Now)!.Due.Provisional);
    }
}

public class AnnotationTests
{
    [Fact]
    public void A_note_joins_the_trail_without_moving_the_case()
    {
        var run = new Run(Load("""
            <bpmn:startEvent id="s"/><bpmn:sequenceFlow id="f0" sourceRef="s" targetRef="a"/>
            <bpmn:userTask id="a" hall:post="x"/><bpmn:sequenceFlow id="f1" sourceRef="a" targetRef="e"/><bpmn:endEvent id="e"/>
            """)).Start();
        var tokens = run.State.Tokens;

        run.Do(new AnnotateInstance("leader", "extension", "延长 10 个工作日：需现场核查"));

        var note = Assert.Single(run.Last!.Events);
        Assert.Equal(Engine.Trail.TrailEventKind.Annotated, note.Kind);
        Assert.Equal("extension", note.Outcome);
        Assert.Equal(tokens, run.State.Tokens);
        Assert.Equal(RejectionCode.InvalidCommand, run.Try(new AnnotateInstance("x", " ", "")).Rejection!.Code);
    }
}
