using System.Collections.Immutable;
using WorkflowHall.Engine.Bpmn;
using WorkflowHall.Engine.Execution;
using WorkflowHall.Engine.Execution.Commands;
using WorkflowHall.Engine.Trail;

namespace WorkflowHall.Engine.Versions;

/// <summary>
/// Moves a running instance to another version with an explicit node mapping (same ids map by
/// default). <see cref="Check"/> is the validation and dry run: every resting token must land on a
/// node of the same kind, in the corresponding scope, able to hold it. <see cref="Migrate"/> applies
/// the plan as one step with its own trail record; replaying the trail repeats it.
/// </summary>
public static class InstanceMigrator
{
    public static ImmutableArray<MigrationProblem> Check(ProcessDefinition from, ProcessDefinition to, InstanceState state, MigrateInstance plan)
    {
        var problems = ImmutableArray.CreateBuilder<MigrationProblem>();
        if (state.IsEnded)
        {
            problems.Add(new MigrationProblem("", "办件已结束，无需迁移", "The instance has ended; there is nothing to migrate"));
            return problems.ToImmutable();
        }
        foreach (var key in plan.NodeMapping.Keys.Where(k => !from.Graph.TryGetNode(k, out _)))
        {
            problems.Add(new MigrationProblem(key, $"映射的源节点 \"{key}\" 不在第 {state.DefinitionVersion} 版中",
                $"Mapped source node \"{key}\" is not in version {state.DefinitionVersion}"));
        }
        foreach (var token in state.Tokens)
        {
            var source = from.Node(token.NodeId);
            var targetId = Map(plan, token.NodeId);
            if (!to.Graph.TryGetNode(targetId, out var target))
            {
                problems.Add(new MigrationProblem(source.Id,
                    $"节点 \"{source.DisplayName}\" 上有正在办理的办件，但第 {plan.ToVersion} 版没有节点 \"{targetId}\"，请为它指定映射",
                    $"Node \"{source.DisplayName}\" holds a token but version {plan.ToVersion} has no node \"{targetId}\"; map it to one"));
                continue;
            }
            if (target.GetType() != source.GetType())
            {
                problems.Add(new MigrationProblem(source.Id,
                    $"节点 \"{source.DisplayName}\"（{source.Kind}）不能映射到类型不同的节点 \"{target.DisplayName}\"（{target.Kind}）",
                    $"Node \"{source.DisplayName}\" ({source.Kind}) cannot map to \"{target.DisplayName}\", a {target.Kind}"));
                continue;
            }
            if (source is UserTask sourceTask && target is UserTask targetTask && (sourceTask.MultiInstance is null) != (targetTask.MultiInstance is null))
            {
                problems.Add(new MigrationProblem(source.Id,
                    $"会签与普通步骤不能互相映射：\"{source.DisplayName}\" → \"{target.DisplayName}\"",
                    $"A countersign and an ordinary step cannot map to each other: \"{source.DisplayName}\" → \"{target.DisplayName}\""));
            }
            var expectedParent = token.ScopeId == Token.RootScope ? null : Map(plan, state.Tokens.Find(t => t.Id == token.ScopeId)?.NodeId ?? "");
            if (target.ParentId != expectedParent)
            {
                problems.Add(new MigrationProblem(source.Id,
                    $"节点 \"{target.DisplayName}\" 在第 {plan.ToVersion} 版中位于另一个子流程",
                    $"Node \"{target.DisplayName}\" sits in a different sub-process in version {plan.ToVersion}"));
            }
            if (token.ArrivedVia is { } via && IsJoin(source) && !(to.Graph.TryGetFlow(via, out var flow) && flow.TargetId == target.Id))
            {
                problems.Add(new MigrationProblem(source.Id,
                    $"在汇聚网关 \"{source.DisplayName}\" 等待的分支经由连线 \"{via}\" 到达，第 {plan.ToVersion} 版中该连线不再通向 \"{target.DisplayName}\"",
                    $"A branch waits at join \"{source.DisplayName}\" having arrived by flow \"{via}\", which in version {plan.ToVersion} no longer leads to \"{target.DisplayName}\""));
            }
        }
        return problems.ToImmutable();
    }

    public static StepResult Migrate(ProcessDefinition from, ProcessDefinition to, InstanceState state, MigrateInstance plan, DateTimeOffset now)
    {
        if (ProcessEngine.Stale(state, plan) is { } stale) return StepResult.Rejected(state, stale);
        var problems = Check(from, to, state, plan);
        if (!problems.IsEmpty)
        {
            return StepResult.Rejected(state, new CommandRejection(RejectionCode.MigrationInvalid,
                string.Join("；", problems.Select(p => p.MessageZh)), string.Join("; ", problems.Select(p => p.MessageEn))));
        }

        var ctx = new StepContext(to, state with { DefinitionVersion = plan.ToVersion }, now, plan.Actor);
        var mapping = string.Join(", ", state.Tokens.Select(t => t.NodeId).Distinct().Select(id => $"{id}->{Map(plan, id)}"));
        ctx.Record(TrailEventKind.InstanceMigrated, detail: $"v{state.DefinitionVersion} -> v{plan.ToVersion}: {mapping}", opinion: plan.Reason,
            command: CommandJson.Serialize(plan));

        for (var i = 0; i < ctx.Tokens.Count; i++) ctx.Tokens[i] = ctx.Tokens[i] with { NodeId = Map(plan, ctx.Tokens[i].NodeId) };
        for (var i = 0; i < ctx.WorkItems.Count; i++) ctx.WorkItems[i] = ctx.WorkItems[i].WithStepSettings((UserTask)to.Node(Map(plan, ctx.WorkItems[i].NodeId)));
        for (var i = 0; i < ctx.ServiceCalls.Count; i++) ctx.ServiceCalls[i] = ctx.ServiceCalls[i] with { NodeId = Map(plan, ctx.ServiceCalls[i].NodeId) };
        foreach (var item in ctx.WorkItems) ctx.Effect(new WorkItemUpdated(item));
        RemapTimers(ctx, to, plan);
        return ctx.Finish();
    }

    /// <summary>Catch-event timers follow their node; boundary timers survive only where the target activity still has that boundary event, and new boundary events are armed from now.</summary>
    private static void RemapTimers(StepContext ctx, ProcessDefinition to, MigrateInstance plan)
    {
        var timers = ctx.Timers.ToList();
        ctx.Timers.Clear();
        foreach (var timer in timers)
        {
            var owner = ctx.FindToken(timer.TokenId)!;
            var nodeId = Map(plan, timer.NodeId);
            var keeps = to.Graph.TryGetNode(nodeId, out var node) && node switch
            {
                TimerCatchEvent => nodeId == owner.NodeId,
                TimerBoundaryEvent boundary => boundary.AttachedToId == owner.NodeId,
                _ => false,
            };
            if (keeps)
            {
                ctx.Timers.Add(timer with { NodeId = nodeId });
                continue;
            }
            ctx.Record(TrailEventKind.TimerCancelled, timer.NodeId, detail: timer.Id);
            ctx.Effect(new TimerCancelled(timer.Id));
        }

        var arming = new TimerArming(ctx, ExecutionPlan.For(to));
        foreach (var token in ctx.Tokens.ToList())
        {
            foreach (var boundary in to.Graph.BoundaryEvents(token.NodeId).Where(b => !ctx.Timers.Exists(t => t.TokenId == token.Id && t.NodeId == b.Id)))
            {
                arming.Arm(boundary.Id, boundary.Timer, token.Id);
            }
        }
    }

    private static bool IsJoin(FlowNode node) => node is ParallelGateway or InclusiveGateway;

    private static string Map(MigrateInstance plan, string nodeId) => plan.NodeMapping.GetValueOrDefault(nodeId) ?? nodeId;
}
