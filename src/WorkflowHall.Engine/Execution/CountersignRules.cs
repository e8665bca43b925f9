using System.Collections;
using System.Collections.Immutable;
using WorkflowHall.Engine.Bpmn;
using WorkflowHall.Engine.Variables;

namespace WorkflowHall.Engine.Execution;

/// <summary>
/// Multi-instance user tasks (会签): parallel or sequential signers, the completion condition
/// (one of N, a ratio, a veto), and adding or removing signers while it runs (加签/减签).
/// The condition sees <c>nrOfInstances</c>, <c>nrOfCompletedInstances</c>, <c>nrOfActiveInstances</c>
/// and <c>nrOfOutcomes</c> (outcome → count, 0 for each allowed action not chosen yet); when the countersign ends, <c>nrOfOutcomes</c> is
/// left in the process variables for the gateways after it.
/// </summary>
internal sealed class CountersignRules(StepContext ctx, ExecutionPlan plan, WorkItemOpener workItems, TokenFlow flow)
{
    public const string OutcomesVariable = "nrOfOutcomes";

    public void Start(Token token, UserTask task, MultiInstanceSettings settings)
    {
        var signers = Signers(task, settings);
        if (signers.Count == 0)
        {
            throw new ExecutionFailure(task.Id, $"会签步骤 \"{task.DisplayName}\" 没有会签人", $"Countersign step \"{task.DisplayName}\" has no signers");
        }

        var progress = new MultiInstanceProgress(settings.IsSequential, signers);
        token = token with { Loop = progress };
        ctx.ReplaceToken(token);
        if (settings.IsSequential) workItems.Open(token, task, signers[0], 0);
        else for (var i = 0; i < signers.Count; i++) workItems.Open(token, task, signers[i], i);
    }

    public void ItemCompleted(Token token, string? outcome)
    {
        var loop = token.Loop!;
        var key = outcome ?? "complete";
        loop = loop with
        {
            Completed = loop.Completed + 1,
            OutcomeCounts = loop.OutcomeCounts.SetItem(key, loop.OutcomeCounts.GetValueOrDefault(key) + 1),
        };
        Advance(token with { Loop = loop });
    }

    public void AddSigners(Token token, IReadOnlyList<string> signers)
    {
        var loop = token.Loop!;
        var task = (UserTask)ctx.Graph.Node(token.NodeId);
        var first = loop.Signers.Count;
        loop = loop with { Signers = loop.Signers.AddRange(signers) };
        token = token with { Loop = loop };
        ctx.ReplaceToken(token);
        if (!loop.IsSequential)
        {
            for (var i = 0; i < signers.Count; i++) workItems.Open(token, task, signers[i], first + i);
        }
    }

    /// <summary>Removes a signer who has not signed; may settle the countersign if everyone left has signed.</summary>
    public void RemoveSigner(Token token, int position)
    {
        var loop = token.Loop! with { Removed = token.Loop!.Removed.Add(position) };
        var openItem = ctx.WorkItems.Find(w => w.TokenId == token.Id && w.LoopIndex == position);
        if (openItem is not null) workItems.Close(openItem, WorkItemCloseReason.SignerRemoved, outcome: null);
        Advance(token with { Loop = loop }, sequentialItemClosed: openItem is not null);
    }

    private void Advance(Token token, bool sequentialItemClosed = true)
    {
        var loop = token.Loop!;
        var task = (UserTask)ctx.Graph.Node(token.NodeId);
        var active = ctx.WorkItems.Count(w => w.TokenId == token.Id);
        var next = loop.IsSequential ? loop.NextAfter(loop.Current) : -1;
        var everyoneSigned = loop.IsSequential ? (sequentialItemClosed && next < 0) : active == 0;

        if (everyoneSigned || ConditionHolds(task, loop, active))
        {
            foreach (var item in ctx.WorkItems.Where(w => w.TokenId == token.Id).ToList())
            {
                workItems.Close(item, WorkItemCloseReason.CountersignSettled, outcome: null);
            }
            ctx.Variables[OutcomesVariable] = OutcomeMap(task, loop);
            ctx.ReplaceToken(token);
            flow.Leave(token);
            return;
        }

        if (loop.IsSequential && sequentialItemClosed)
        {
            loop = loop with { Current = next };
            token = token with { Loop = loop };
            ctx.ReplaceToken(token);
            workItems.Open(token, task, loop.Signers[next], next);
            return;
        }
        ctx.ReplaceToken(token);
    }

    private bool ConditionHolds(UserTask task, MultiInstanceProgress loop, int active)
    {
        if (task.MultiInstance?.CompletionCondition is not { Length: > 0 } condition) return false;
        var scope = new Dictionary<string, object?>(ctx.Variables, StringComparer.Ordinal)
        {
            ["nrOfInstances"] = (decimal)loop.Total,
            ["nrOfCompletedInstances"] = (decimal)loop.Completed,
            ["nrOfActiveInstances"] = (decimal)(loop.IsSequential ? 1 : active),
            [OutcomesVariable] = OutcomeMap(task, loop),
        };
        try
        {
            return plan.Expression(condition, task.Id).EvaluateBoolean(scope);
        }
        catch (Expressions.ExpressionException e)
        {
            throw new ExecutionFailure(task.Id,
                $"会签步骤 \"{task.DisplayName}\" 的完成条件求值失败：{e.Error.MessageZh}",
                $"The completion condition of countersign step \"{task.DisplayName}\" failed: {e.Error.MessageEn}");
        }
    }

    /// <summary>The tally as a map; every outcome the step allows is present, with 0 until someone chooses it.</summary>
    private static ImmutableSortedDictionary<string, object?> OutcomeMap(UserTask task, MultiInstanceProgress loop)
    {
        var map = VariableMap.Empty.ToBuilder();
        foreach (var action in task.Hall.AllowedActions.IsDefault ? [] : task.Hall.AllowedActions) map[action] = 0m;
        foreach (var (outcome, count) in loop.OutcomeCounts) map[outcome] = (decimal)count;
        return map.ToImmutable();
    }

    private ImmutableList<string?> Signers(UserTask task, MultiInstanceSettings settings)
    {
        if (settings.Collection is { Length: > 0 } collection)
        {
            var value = WorkItemOpener.IsExpression(collection)
                ? plan.Expression(collection, task.Id).Evaluate(ctx.Variables)
                : ctx.Variables.GetValueOrDefault(collection.Trim());
            return value switch
            {
                string s => [.. s.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)],
                IEnumerable list => [.. list.Cast<object?>().Select(v => v?.ToString())],
                _ => [],
            };
        }
        if (settings.LoopCardinality is { Length: > 0 } cardinality)
        {
            var value = WorkItemOpener.IsExpression(cardinality)
                ? plan.Expression(cardinality, task.Id).Evaluate(ctx.Variables)
                : decimal.TryParse(cardinality, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : null;
            var count = value is decimal d ? (int)d : 0;
            return [.. Enumerable.Repeat<string?>(null, Math.Max(count, 0))];
        }
        return [];
    }
}
