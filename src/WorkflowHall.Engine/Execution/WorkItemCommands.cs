using WorkflowHall.Engine.Bpmn;
using WorkflowHall.Engine.Execution.Commands;
using WorkflowHall.Engine.Trail;

namespace WorkflowHall.Engine.Execution;

/// <summary>
/// The clerk's commands on a work item — claim, complete, return, reassign, delegate and resolve,
/// add and remove countersigners — each refused with a precise reason when it does not apply.
/// </summary>
internal sealed class WorkItemCommands(StepContext ctx, TokenFlow flow, InstanceState state)
{
    private readonly WorkItemOpener _workItems = new(ctx, ExecutionPlan.For(ctx.Definition));

    public CommandRejection? Handle(EngineCommand command) => command switch
    {
        ClaimWorkItem claim => WithItem(claim.WorkItemId, item => Claim(claim, item)),
        CompleteWorkItem complete => WithItem(complete.WorkItemId, item => Complete(complete, item)),
        ReturnToStep back => WithItem(back.WorkItemId, item => Return(back, item)),
        ReassignWorkItem reassign => WithItem(reassign.WorkItemId, item => Reassign(reassign, item)),
        DelegateWorkItem delegation => WithItem(delegation.WorkItemId, item => Delegate(delegation, item)),
        ResolveDelegation resolve => WithItem(resolve.WorkItemId, item => Resolve(resolve, item)),
        AddSigners add => WithItem(add.WorkItemId, item => AddSigners(add, item)),
        RemoveSigner remove => WithItem(remove.WorkItemId, item => RemoveSigner(remove, item)),
        _ => new CommandRejection(RejectionCode.InvalidCommand, $"未知命令 {command.GetType().Name}", $"Unknown command {command.GetType().Name}"),
    };

    private CommandRejection? WithItem(string workItemId, Func<WorkItem, CommandRejection?> action)
    {
        if (state.FindWorkItem(workItemId) is { } item) return action(item);
        if (state.ClosedWorkItems.Find(c => c.Id == workItemId) is { } closed)
        {
            return new CommandRejection(RejectionCode.WorkItemAlreadyClosed,
                $"待办 {workItemId}（{ctx.Graph.Node(closed.NodeId).DisplayName}）已由 {closed.ClosedBy} 于 {closed.ClosedAt:yyyy-MM-dd HH:mm:ss} {CloseReasonZh(closed.Reason)}",
                $"Work item {workItemId} ({ctx.Graph.Node(closed.NodeId).DisplayName}) was already {closed.Reason.ToString().ToLowerInvariant()} by {closed.ClosedBy} at {closed.ClosedAt:yyyy-MM-dd HH:mm:ss}")
            {
                ElementId = closed.NodeId,
            };
        }
        return new CommandRejection(RejectionCode.WorkItemNotFound, $"没有待办 {workItemId}", $"There is no work item {workItemId}");
    }

    private CommandRejection? Claim(ClaimWorkItem command, WorkItem item)
    {
        if (item.Assignee is { } holder && holder != command.Actor) return Held(item, holder);
        Update(item with { Assignee = command.Actor, Status = WorkItemStatus.Claimed });
        ctx.Record(TrailEventKind.WorkItemClaimed, item.NodeId, item.Id, command: CommandJson.Serialize(command));
        return null;
    }

    private CommandRejection? Complete(CompleteWorkItem command, WorkItem item)
    {
        if (item.Status == WorkItemStatus.Delegated)
        {
            return new CommandRejection(RejectionCode.DelegationPending,
                $"待办已委派给 {item.Assignee}，须由其办理后交回 {item.Owner} 才能完成",
                $"The item is delegated to {item.Assignee}; it must be resolved back to {item.Owner} before it can be completed");
        }
        if (item.Assignee is { } holder && holder != command.Actor) return Held(item, holder);
        if (command.Outcome is { } outcome && !item.Allows(outcome)) return NotAllowed(item, outcome);

        ctx.Record(TrailEventKind.WorkItemCompleted, item.NodeId, item.Id, command.Outcome, command.Opinion,
            variablesJson: CommandHandlers.Json(command.Variables), command: CommandJson.Serialize(command));
        foreach (var (name, value) in command.Variables) ctx.Variables[name] = value;
        if (command.Outcome is not null) ctx.Variables["outcome"] = command.Outcome;

        _workItems.Close(item, WorkItemCloseReason.Completed, command.Outcome);
        var token = ctx.FindToken(item.TokenId)!;
        if (token.Loop is not null) flow.Countersigns.ItemCompleted(token, command.Outcome);
        else flow.Leave(token);
        return null;
    }

    private CommandRejection? Return(ReturnToStep command, WorkItem item)
    {
        if (!item.Allows(HallActions.Return)) return NotAllowed(item, HallActions.Return);
        if (item.Assignee is { } holder && holder != command.Actor && item.Status != WorkItemStatus.Delegated) return Held(item, holder);
        var current = ctx.Graph.Node(item.NodeId);
        if (!ctx.Graph.TryGetNode(command.TargetNodeId, out var target) || target is not UserTask
            || target.ParentId != current.ParentId || target.Id == current.Id
            || !ExecutionPlan.For(ctx.Definition).CanReach(target.Id, current.Id))
        {
            return new CommandRejection(RejectionCode.InvalidReturnTarget,
                $"只能退回到本步骤之前的人工步骤，\"{command.TargetNodeId}\" 不是",
                $"A step can only be returned to an earlier user task of the same process level; \"{command.TargetNodeId}\" is not one")
            {
                ElementId = command.TargetNodeId,
            };
        }

        ctx.Record(TrailEventKind.ReturnedToStep, item.NodeId, item.Id, HallActions.Return, command.Opinion, detail: target.Id,
            command: CommandJson.Serialize(command));
        var scope = ctx.FindToken(item.TokenId)!.ScopeId;
        var plan = ExecutionPlan.For(ctx.Definition);
        // Everything the returned-to step would produce again is withdrawn: every token of the scope downstream of it.
        foreach (var token in ctx.Tokens.Where(t => t.ScopeId == scope && (t.NodeId == target.Id || plan.CanReach(target.Id, t.NodeId))).ToList())
        {
            flow.Remove(token, WorkItemCloseReason.Returned);
        }
        flow.Enter(target.Id, scope, via: null);
        return null;
    }

    private CommandRejection? Reassign(ReassignWorkItem command, WorkItem item)
    {
        if (!item.Allows(HallActions.Reassign)) return NotAllowed(item, HallActions.Reassign);
        if (string.IsNullOrWhiteSpace(command.NewAssignee)) return MissingPerson();
        Update(item with { Assignee = command.NewAssignee, Owner = null, Status = WorkItemStatus.Claimed });
        ctx.Record(TrailEventKind.WorkItemReassigned, item.NodeId, item.Id, detail: $"{item.Assignee} -> {command.NewAssignee}",
            opinion: command.Reason, command: CommandJson.Serialize(command));
        return null;
    }

    private CommandRejection? Delegate(DelegateWorkItem command, WorkItem item)
    {
        if (!item.Allows(HallActions.Delegate)) return NotAllowed(item, HallActions.Delegate);
        if (string.IsNullOrWhiteSpace(command.Delegate)) return MissingPerson();
        if (item.Status == WorkItemStatus.Delegated) return new CommandRejection(RejectionCode.DelegationPending,
            $"待办已委派给 {item.Assignee}", $"The item is already delegated to {item.Assignee}");
        if (item.Assignee is { } holder && holder != command.Actor) return Held(item, holder);
        Update(item with { Owner = command.Actor, Assignee = command.Delegate, Status = WorkItemStatus.Delegated });
        ctx.Record(TrailEventKind.WorkItemDelegated, item.NodeId, item.Id, detail: $"{command.Actor} -> {command.Delegate}",
            opinion: command.Reason, command: CommandJson.Serialize(command));
        return null;
    }

    private CommandRejection? Resolve(ResolveDelegation command, WorkItem item)
    {
        if (item.Status != WorkItemStatus.Delegated)
        {
            return new CommandRejection(RejectionCode.InvalidCommand, "该待办没有被委派", "The item is not delegated");
        }
        if (item.Assignee != command.Actor) return Held(item, item.Assignee!);
        Update(item with { Assignee = item.Owner, Owner = null, Status = WorkItemStatus.Claimed });
        ctx.Record(TrailEventKind.DelegationResolved, item.NodeId, item.Id, opinion: command.Opinion, detail: $"{command.Actor} -> {item.Owner}",
            command: CommandJson.Serialize(command));
        return null;
    }

    private CommandRejection? AddSigners(AddSigners command, WorkItem item)
    {
        if (!item.Allows(HallActions.AddSigner)) return NotAllowed(item, HallActions.AddSigner);
        var token = ctx.FindToken(item.TokenId)!;
        if (token.Loop is null) return NotCountersign(item);
        var signers = command.Signers.IsDefaultOrEmpty ? [] : command.Signers.Where(s => !string.IsNullOrWhiteSpace(s)).ToList();
        if (signers.Count == 0) return MissingPerson();
        ctx.Record(TrailEventKind.SignersAdded, item.NodeId, item.Id, detail: string.Join(",", signers), opinion: command.Reason,
            command: CommandJson.Serialize(command));
        flow.Countersigns.AddSigners(token, signers);
        return null;
    }

    private CommandRejection? RemoveSigner(RemoveSigner command, WorkItem item)
    {
        if (!item.Allows(HallActions.RemoveSigner)) return NotAllowed(item, HallActions.RemoveSigner);
        var token = ctx.FindToken(item.TokenId)!;
        if (token.Loop is not { } loop) return NotCountersign(item);
        var position = -1;
        for (var i = 0; i < loop.Signers.Count && position < 0; i++)
        {
            if (loop.Signers[i] != command.Signer || loop.Removed.Contains(i)) continue;
            var index = i;
            var hasOpenItem = ctx.WorkItems.Exists(w => w.TokenId == token.Id && w.LoopIndex == index);
            var unsigned = hasOpenItem || (loop.IsSequential && i > loop.Current);
            if (unsigned) position = i;
        }
        if (position < 0)
        {
            return new CommandRejection(RejectionCode.InvalidSigner,
                $"{command.Signer} 不是尚未签署的会签人", $"{command.Signer} is not a countersigner who has yet to sign");
        }
        if (loop.Total <= 1)
        {
            return new CommandRejection(RejectionCode.InvalidSigner,
                "不能减去最后一位会签人", "The last countersigner cannot be removed");
        }
        ctx.Record(TrailEventKind.SignerRemoved, item.NodeId, item.Id, detail: command.Signer, opinion: command.Reason,
            command: CommandJson.Serialize(command));
        flow.Countersigns.RemoveSigner(token, position);
        return null;
    }

    private void Update(WorkItem item)
    {
        ctx.ReplaceWorkItem(item);
        ctx.Effect(new WorkItemUpdated(item));
    }

    private CommandRejection Held(WorkItem item, string holder) => new(RejectionCode.NotAssignee,
        $"待办 {item.Id}（{ctx.Graph.Node(item.NodeId).DisplayName}）由 {holder} 办理，您不能操作",
        $"Work item {item.Id} ({ctx.Graph.Node(item.NodeId).DisplayName}) is held by {holder}; you cannot act on it")
    {
        ElementId = item.NodeId,
    };

    private CommandRejection NotAllowed(WorkItem item, string action) => new(RejectionCode.ActionNotAllowed,
        $"步骤 \"{ctx.Graph.Node(item.NodeId).DisplayName}\" 不允许操作 \"{action}\"（允许：{string.Join("、", item.AllowedActions)}）",
        $"Step \"{ctx.Graph.Node(item.NodeId).DisplayName}\" does not allow \"{action}\" (allowed: {string.Join(", ", item.AllowedActions)})")
    {
        ElementId = item.NodeId,
    };

    private CommandRejection NotCountersign(WorkItem item) => new(RejectionCode.NotACountersign,
        $"步骤 \"{ctx.Graph.Node(item.NodeId).DisplayName}\" 不是会签步骤", $"Step \"{ctx.Graph.Node(item.NodeId).DisplayName}\" is not a countersign")
    {
        ElementId = item.NodeId,
    };

    private static CommandRejection MissingPerson() => new(RejectionCode.InvalidCommand, "请指定办理人", "Name the person to hand the item to");

    private static string CloseReasonZh(WorkItemCloseReason reason) => reason switch
    {
        WorkItemCloseReason.Completed => "办理完成",
        WorkItemCloseReason.CountersignSettled => "因会签已有结果而关闭",
        WorkItemCloseReason.Returned => "因退回而关闭",
        WorkItemCloseReason.Interrupted => "因超时或终止而关闭",
        WorkItemCloseReason.SignerRemoved => "因减签而关闭",
        WorkItemCloseReason.Withdrawn => "因申请人撤回而关闭",
        WorkItemCloseReason.Cancelled => "因强制终止而关闭",
        _ => reason.ToString(),
    };
}
