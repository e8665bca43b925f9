using System.Collections;
using System.Collections.Immutable;
using WorkflowHall.Engine.Bpmn;
using WorkflowHall.Engine.Trail;

namespace WorkflowHall.Engine.Execution;

/// <summary>Opens and closes work items: the inbox side of user tasks.</summary>
internal sealed class WorkItemOpener(StepContext ctx, ExecutionPlan plan)
{
    public WorkItem Open(Token token, UserTask task, string? assignee, int? loopIndex)
    {
        var item = new WorkItem(ctx.NewId("wi"), token.Id, task.Id, ctx.Now)
        {
            Assignee = assignee ?? ResolveOne(task.Assignment.Assignee, task.Id),
            CandidateGroups = ResolveMany(task.Assignment.CandidateGroups, task.Id),
            CandidateUsers = ResolveMany(task.Assignment.CandidateUsers, task.Id),
            LoopIndex = loopIndex,
        }.WithStepSettings(task);
        item = item with { Status = item.Assignee is null ? WorkItemStatus.Open : WorkItemStatus.Claimed };
        ctx.WorkItems.Add(item);
        ctx.Record(TrailEventKind.WorkItemOpened, task.Id, item.Id, detail: item.Assignee);
        ctx.Effect(new WorkItemOpened(item));
        return item;
    }

    public void Close(WorkItem item, WorkItemCloseReason reason, string? outcome)
    {
        ctx.WorkItems.Remove(item);
        var closed = new ClosedWorkItem(item.Id, item.NodeId, ctx.Now, ctx.Actor, reason) { Outcome = outcome };
        ctx.ClosedWorkItems.Add(closed);
        ctx.Record(TrailEventKind.WorkItemClosed, item.NodeId, item.Id, outcome, detail: reason.ToString());
        ctx.Effect(new WorkItemClosed(closed));
    }

    private string? ResolveOne(string? rule, string nodeId)
    {
        if (string.IsNullOrWhiteSpace(rule)) return null;
        if (!IsExpression(rule)) return rule.Trim();
        return plan.Expression(rule, nodeId).Evaluate(ctx.Variables) switch
        {
            string s when s.Length > 0 => s,
            null or "" => throw new ExecutionFailure(nodeId,
                $"步骤 \"{nodeId}\" 的办理人表达式 {rule} 没有得到任何人",
                $"The assignee expression {rule} of step \"{nodeId}\" yields nobody"),
            var other => Convert.ToString(other, System.Globalization.CultureInfo.InvariantCulture),
        };
    }

    private ImmutableArray<string> ResolveMany(ImmutableArray<string> rules, string nodeId)
    {
        if (rules.IsDefaultOrEmpty) return [];
        if (!rules.Any(IsExpression)) return rules;
        var resolved = ImmutableArray.CreateBuilder<string>();
        foreach (var rule in rules)
        {
            if (!IsExpression(rule))
            {
                resolved.Add(rule);
                continue;
            }
            switch (plan.Expression(rule, nodeId).Evaluate(ctx.Variables))
            {
                case string s: resolved.AddRange(s.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)); break;
                case IEnumerable list: resolved.AddRange(list.Cast<object?>().Select(v => v?.ToString()).OfType<string>()); break;
            }
        }
        return resolved.ToImmutable();
    }

    public static bool IsExpression(string text) => text.Contains("${", StringComparison.Ordinal) || text.Contains("#{", StringComparison.Ordinal);
}
