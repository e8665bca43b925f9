using System.Globalization;
using WorkflowHall.Engine.Bpmn;
using WorkflowHall.Engine.Trail;

namespace WorkflowHall.Engine.Execution;

/// <summary>Arms, re-arms, disarms and postpones BPMN timers, recording each change on the trail and as an effect.</summary>
internal sealed class TimerArming(StepContext ctx, ExecutionPlan plan)
{
    /// <summary>Arms the timers of every boundary event on the activity the token rests at.</summary>
    public void ArmBoundaryEvents(Token activityToken)
    {
        foreach (var boundary in ctx.Graph.BoundaryEvents(activityToken.NodeId))
        {
            Arm(boundary.Id, boundary.Timer, activityToken.Id);
        }
    }

    public void Arm(string nodeId, TimerDefinition definition, string tokenId)
    {
        var timer = new ScheduledTimer(ctx.NewId("tm"), nodeId, tokenId, plan.Timer(nodeId, definition).FirstDue(ctx.Now));
        Schedule(timer);
    }

    /// <summary>After a cycle timer fired: arms its next occurrence, if the cycle has one.</summary>
    public void Rearm(ScheduledTimer fired, TimerDefinition definition)
    {
        if (plan.Timer(fired.NodeId, definition).NextDue(fired.DueAt, fired.FiredCount + 1) is { } next)
        {
            Schedule(fired with { DueAt = next, FiredCount = fired.FiredCount + 1 });
        }
    }

    public void DisarmAllOf(string tokenId)
    {
        foreach (var timer in ctx.Timers.Where(t => t.TokenId == tokenId).ToList())
        {
            ctx.Timers.Remove(timer);
            ctx.Record(TrailEventKind.TimerCancelled, timer.NodeId, detail: timer.Id);
            ctx.Effect(new TimerCancelled(timer.Id));
        }
    }

    /// <summary>Moves every armed timer later by the time the case clock stood still.</summary>
    public void Postpone(TimeSpan by)
    {
        foreach (var timer in ctx.Timers.ToList())
        {
            ctx.Timers.Remove(timer);
            Schedule(timer with { DueAt = timer.DueAt + by });
        }
    }

    private void Schedule(ScheduledTimer timer)
    {
        ctx.Timers.Add(timer);
        ctx.Record(TrailEventKind.TimerScheduled, timer.NodeId, detail: $"{timer.Id} due {timer.DueAt.ToString("O", CultureInfo.InvariantCulture)}");
        ctx.Effect(new TimerScheduled(timer));
    }
}
