using WorkflowHall.Engine.Bpmn;
using WorkflowHall.Engine.Execution.Commands;
using WorkflowHall.Engine.Trail;
using WorkflowHall.Engine.Variables;

namespace WorkflowHall.Engine.Execution;

/// <summary>
/// Applies the instance-level commands (start, withdraw, cancel, clock, timers, service calls) and
/// hands work-item commands to <see cref="WorkItemCommands"/>. Each writes its head trail event first.
/// </summary>
internal sealed class CommandHandlers(StepContext ctx, TokenFlow flow, InstanceState state)
{
    public CommandRejection? Handle(EngineCommand command) => command switch
    {
        StartInstance start => Start(start),
        WithdrawInstance withdraw => End(withdraw, InstanceStatus.Withdrawn, TrailEventKind.InstanceWithdrawn, withdraw.Reason),
        CancelInstance cancel => End(cancel, InstanceStatus.Cancelled, TrailEventKind.InstanceCancelled, cancel.Reason),
        PauseClock pause => Pause(pause),
        ResumeClock resume => Resume(resume),
        FireTimer fire => Fire(fire),
        CompleteServiceCall call => CompleteCall(call),
        AnnotateInstance note => Annotate(note),
        MigrateInstance => new CommandRejection(RejectionCode.InvalidCommand,
            "迁移须由 InstanceMigrator 执行（需要新旧两个版本）", "Migration is applied by InstanceMigrator, which needs both versions"),
        _ => new WorkItemCommands(ctx, flow, state).Handle(command),
    };

    private CommandRejection? Start(StartInstance command)
    {
        var start = ctx.Graph.Children(null).OfType<StartEvent>().FirstOrDefault();
        if (start is null)
        {
            return new CommandRejection(RejectionCode.InvalidCommand, "流程没有开始事件", "The process has no start event");
        }
        ctx.Status = InstanceStatus.Running;
        ctx.StartedAt = ctx.Now;
        foreach (var (name, value) in command.Variables) ctx.Variables[name] = value;
        ctx.Record(TrailEventKind.InstanceStarted, start.Id, variablesJson: Json(command.Variables), command: CommandJson.Serialize(command),
            detail: $"{state.DefinitionKey}:{state.DefinitionVersion}");
        flow.Enter(start.Id, Token.RootScope, via: null);
        return null;
    }

    private CommandRejection? End(EngineCommand command, InstanceStatus status, TrailEventKind kind, string? reason)
    {
        ctx.Record(kind, detail: reason, command: CommandJson.Serialize(command));
        var closeReason = status == InstanceStatus.Withdrawn ? WorkItemCloseReason.Withdrawn : WorkItemCloseReason.Cancelled;
        foreach (var token in ctx.Tokens.Where(t => t.ScopeId == Token.RootScope).ToList()) flow.Remove(token, closeReason);
        ctx.Status = status;
        ctx.EndedAt = ctx.Now;
        ctx.Effect(new InstanceEnded(status, null));
        return null;
    }

    private CommandRejection? Pause(PauseClock command)
    {
        if (ctx.Clock.IsPaused)
        {
            var open = ctx.Clock.OpenPause!;
            return new CommandRejection(RejectionCode.ClockAlreadyPaused,
                $"计时已于 {open.From:yyyy-MM-dd HH:mm} 暂停（{open.Reason}）",
                $"The clock has been paused since {open.From:yyyy-MM-dd HH:mm} ({open.Reason})");
        }
        ctx.Clock = ctx.Clock with { Pauses = ctx.Clock.Pauses.Add(new ClockPause(ctx.Now, command.Kind, command.Reason) { StartedBy = command.Actor }) };
        ctx.Record(TrailEventKind.ClockPaused, detail: $"{command.Kind}: {command.Reason}", command: CommandJson.Serialize(command));
        return null;
    }

    private CommandRejection? Resume(ResumeClock command)
    {
        if (ctx.Clock.OpenPause is not { } open)
        {
            return new CommandRejection(RejectionCode.ClockNotPaused, "计时没有暂停", "The clock is not paused");
        }
        var closed = open with { To = ctx.Now, EndedBy = command.Actor };
        ctx.Clock = ctx.Clock with { Pauses = ctx.Clock.Pauses.SetItem(ctx.Clock.Pauses.Count - 1, closed) };
        ctx.Record(TrailEventKind.ClockResumed, detail: command.Result, command: CommandJson.Serialize(command));
        flow.Postpone(ctx.Now - open.From);
        return null;
    }

    private CommandRejection? Fire(FireTimer command)
    {
        var timer = ctx.Timers.Find(t => t.Id == command.TimerId);
        if (timer is null)
        {
            return new CommandRejection(RejectionCode.AlreadyHandled,
                $"计时器 {command.TimerId} 已触发或已取消", $"Timer {command.TimerId} has already fired or was cancelled");
        }
        if (ctx.Clock.IsPaused)
        {
            return new CommandRejection(RejectionCode.ClockPaused,
                "办件计时已暂停，计时器将在恢复计时后顺延", "The case clock is paused; the timer moves on when it resumes");
        }
        if (timer.DueAt > ctx.Now)
        {
            return new CommandRejection(RejectionCode.InvalidCommand,
                $"计时器 {timer.Id} 尚未到期（{timer.DueAt:O}）", $"Timer {timer.Id} is not due until {timer.DueAt:O}");
        }
        ctx.Record(TrailEventKind.TimerFired, timer.NodeId, detail: timer.Id, command: CommandJson.Serialize(command));
        flow.Fire(timer);
        return null;
    }

    private CommandRejection? CompleteCall(CompleteServiceCall command)
    {
        var call = ctx.ServiceCalls.Find(c => c.Id == command.CallId);
        if (call is null)
        {
            return new CommandRejection(RejectionCode.AlreadyHandled,
                $"服务调用 {command.CallId} 已完成", $"Service call {command.CallId} has already completed");
        }
        ctx.ServiceCalls.Remove(call);
        foreach (var (name, value) in command.Output) ctx.Variables[name] = value;
        ctx.Record(TrailEventKind.ServiceCallCompleted, call.NodeId, detail: call.Id, variablesJson: Json(command.Output),
            command: CommandJson.Serialize(command));
        flow.Leave(ctx.FindToken(call.TokenId)!);
        return null;
    }

    private CommandRejection? Annotate(AnnotateInstance command)
    {
        if (string.IsNullOrWhiteSpace(command.Subject))
        {
            return new CommandRejection(RejectionCode.InvalidCommand, "记录须有主题", "A note needs a subject");
        }
        ctx.Record(TrailEventKind.Annotated, outcome: command.Subject, detail: command.Detail, command: CommandJson.Serialize(command));
        return null;
    }

    internal static string? Json(IReadOnlyDictionary<string, object?> variables) =>
        variables.Count == 0 ? null : CanonicalJson.Serialize(variables);
}
