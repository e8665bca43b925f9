using WorkflowHall.Engine.Bpmn;
using WorkflowHall.Engine.Execution.Commands;
using WorkflowHall.Engine.Trail;
using WorkflowHall.Engine.Variables;

namespace WorkflowHall.Engine.Execution;

/// <summary>
/// The engine's functional core: <c>Step(definition, state, command, now) → (state, effects, trail)</c>.
/// Pure and deterministic — no clock, no I/O, no randomness — so the same trail replayed through the
/// same definition version always reproduces the same states.
/// </summary>
public static class ProcessEngine
{
    public static StepResult Step(ProcessDefinition definition, InstanceState state, EngineCommand command, DateTimeOffset now)
    {
        if (Precheck(state, command) is { } refused) return StepResult.Rejected(state, refused);

        var ctx = new StepContext(definition, state, now, command.Actor);
        var flow = new TokenFlow(ctx);
        var handler = new CommandHandlers(ctx, flow, state);
        try
        {
            var rejection = handler.Handle(command);
            if (rejection is not null) return StepResult.Rejected(state, rejection);
            flow.Run();
        }
        catch (ExecutionFailure failure)
        {
            return StepResult.Rejected(state, new CommandRejection(RejectionCode.ExecutionError, failure.MessageZh, failure.MessageEn)
            {
                ElementId = failure.ElementId,
            });
        }
        return ctx.Finish();
    }

    private static CommandRejection? Precheck(InstanceState state, EngineCommand command)
    {
        if (command is StartInstance)
        {
            return state.Status == InstanceStatus.New ? null
                : new CommandRejection(RejectionCode.AlreadyStarted, "实例已经启动", "The instance has already been started");
        }
        if (state.Status != InstanceStatus.Running)
        {
            return new CommandRejection(RejectionCode.InstanceNotRunning,
                $"办件已不在办理中（状态：{StatusZh(state.Status)}）",
                $"The instance is not running (status: {state.Status})");
        }
        return Stale(state, command);
    }

    /// <summary>The refusal of a command that names a revision the instance has moved past; null when it is current or names none.</summary>
    internal static CommandRejection? Stale(InstanceState state, EngineCommand command) =>
        command.ExpectedRevision is { } expected && expected != state.Revision
            ? new CommandRejection(RejectionCode.StaleRevision,
                $"您看到的是旧版本（第 {expected} 版），办件已更新到第 {state.Revision} 版，请刷新后再操作",
                $"You acted on revision {expected} but the instance is now at revision {state.Revision}; reload and try again")
            : null;

    internal static string StatusZh(InstanceStatus status) => status switch
    {
        InstanceStatus.New => "未启动",
        InstanceStatus.Running => "办理中",
        InstanceStatus.Completed => "已办结",
        InstanceStatus.Withdrawn => "已撤回",
        InstanceStatus.Cancelled => "已强制终止",
        _ => status.ToString(),
    };
}
