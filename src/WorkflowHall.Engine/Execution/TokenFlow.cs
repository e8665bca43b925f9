using WorkflowHall.Engine.Bpmn;
using WorkflowHall.Engine.Trail;

namespace WorkflowHall.Engine.Execution;

/// <summary>
/// Moves tokens through the graph until every token rests (at an activity, a timer or a join):
/// the token semantics of events, tasks, gateways and sub-processes.
/// </summary>
internal sealed class TokenFlow
{
    private readonly StepContext _ctx;
    private readonly ExecutionPlan _plan;
    private readonly Queue<Token> _agenda = new();
    private readonly WorkItemOpener _workItems;
    private readonly TimerArming _timers;

    public TokenFlow(StepContext ctx)
    {
        _ctx = ctx;
        _plan = ExecutionPlan.For(ctx.Definition);
        _workItems = new WorkItemOpener(ctx, _plan);
        _timers = new TimerArming(ctx, _plan);
        Countersigns = new CountersignRules(ctx, _plan, _workItems, this);
    }

    public CountersignRules Countersigns { get; }

    /// <summary>Places a new token on a node; it moves when <see cref="Run"/> is called.</summary>
    public void Enter(string nodeId, string scopeId, string? via)
    {
        var token = new Token(_ctx.NewId("tk"), nodeId, scopeId) { ArrivedVia = via, EnteredAt = _ctx.Now };
        _ctx.Tokens.Add(token);
        _agenda.Enqueue(token);
    }

    public void Run()
    {
        do
        {
            while (_agenda.Count > 0)
            {
                var token = _agenda.Dequeue();
                if (_ctx.FindToken(token.Id) is { } live) Arrive(live);
            }
        }
        while (FireReadyInclusiveJoin());
    }

    private void Arrive(Token token)
    {
        var node = _ctx.Graph.Node(token.NodeId);
        _ctx.Record(TrailEventKind.NodeEntered, node.Id, detail: token.ArrivedVia);
        switch (node)
        {
            case StartEvent or PassThroughTask:
                Leave(token);
                break;
            case EndEvent end:
                End(token, end);
                break;
            case UserTask task:
                _timers.ArmBoundaryEvents(token);
                if (task.MultiInstance is { } mi) Countersigns.Start(token, task, mi);
                else _workItems.Open(token, task, assignee: null, loopIndex: null);
                break;
            case ServiceTask service:
                _timers.ArmBoundaryEvents(token);
                var call = new ServiceCall(_ctx.NewId("sc"), token.Id, service.Id, service.Handler ?? "");
                _ctx.ServiceCalls.Add(call);
                _ctx.Record(TrailEventKind.ServiceCallRequested, service.Id, detail: call.Id);
                _ctx.Effect(new ServiceCallRequested(call, _ctx.Variables.ToImmutable()));
                break;
            case TimerCatchEvent timer:
                _timers.Arm(timer.Id, timer.Timer, token.Id);
                break;
            case SubProcess sub:
                _timers.ArmBoundaryEvents(token);
                var start = _ctx.Graph.Children(sub.Id).OfType<StartEvent>().First();
                Enter(start.Id, token.Id, via: null);
                break;
            case ExclusiveGateway:
                Continue(token, [ChooseExclusive(node)]);
                break;
            case ParallelGateway:
                ArriveAtParallelGateway(token, node);
                break;
            case InclusiveGateway:
                if (_ctx.Graph.Incoming(node.Id).Length <= 1) Continue(token, ChooseInclusive(node));
                // A joining inclusive gateway rests until no other token can still arrive (see FireReadyInclusiveJoin).
                break;
            case TimerBoundaryEvent:
                Leave(token);
                break;
            default:
                throw new ExecutionFailure(node.Id, $"不支持的节点类型 {node.Kind}", $"Unsupported node kind {node.Kind}");
        }
    }

    /// <summary>An activity or event is done: take its outgoing flows (conditional flows and default flow honoured).</summary>
    public void Leave(Token token)
    {
        _timers.DisarmAllOf(token.Id);
        Continue(token, ChooseFromActivity(_ctx.Graph.Node(token.NodeId)));
    }

    private void Continue(Token token, IReadOnlyList<SequenceFlow> flows)
    {
        _ctx.Tokens.RemoveAll(t => t.Id == token.Id);
        if (flows.Count == 0)
        {
            CompleteScopeIfEmpty(token.ScopeId);
            return;
        }

        for (var i = 0; i < flows.Count; i++)
        {
            var flow = flows[i];
            var next = i == 0
                ? token with { NodeId = flow.TargetId, ArrivedVia = flow.Id, EnteredAt = _ctx.Now, Loop = null }
                : new Token(_ctx.NewId("tk"), flow.TargetId, token.ScopeId) { ArrivedVia = flow.Id, EnteredAt = _ctx.Now };
            _ctx.Tokens.Add(next);
            _agenda.Enqueue(next);
        }
    }

    private void End(Token token, EndEvent end)
    {
        _ctx.Tokens.RemoveAll(t => t.Id == token.Id);
        if (end.Terminate)
        {
            foreach (var other in _ctx.Tokens.Where(t => t.ScopeId == token.ScopeId).ToList())
            {
                Remove(other, WorkItemCloseReason.Interrupted);
            }
        }
        if (token.ScopeId == Token.RootScope) _ctx.EndNodeId = end.Id;
        CompleteScopeIfEmpty(token.ScopeId);
    }

    private void CompleteScopeIfEmpty(string scopeId)
    {
        if (_ctx.Tokens.Exists(t => t.ScopeId == scopeId)) return;
        if (scopeId == Token.RootScope)
        {
            if (_ctx.Status != InstanceStatus.Running) return;
            _ctx.Status = InstanceStatus.Completed;
            _ctx.EndedAt = _ctx.Now;
            _ctx.Record(TrailEventKind.InstanceCompleted, _ctx.EndNodeId);
            _ctx.Effect(new InstanceEnded(InstanceStatus.Completed, _ctx.EndNodeId));
            return;
        }
        if (_ctx.FindToken(scopeId) is { } subProcessToken) Leave(subProcessToken);
    }

    /// <summary>Takes a token away with everything hanging on it: work items, timers, calls and, for a sub-process, its inner tokens.</summary>
    public void Remove(Token token, WorkItemCloseReason reason)
    {
        foreach (var inner in _ctx.Tokens.Where(t => t.ScopeId == token.Id).ToList()) Remove(inner, reason);
        foreach (var item in _ctx.WorkItems.Where(w => w.TokenId == token.Id).ToList()) _workItems.Close(item, reason, outcome: null);
        _timers.DisarmAllOf(token.Id);
        _ctx.ServiceCalls.RemoveAll(c => c.TokenId == token.Id);
        _ctx.Tokens.RemoveAll(t => t.Id == token.Id);
    }

    private void ArriveAtParallelGateway(Token token, FlowNode gateway)
    {
        var incoming = _ctx.Graph.Incoming(gateway.Id);
        if (incoming.Length > 1)
        {
            var waiting = _ctx.Tokens.Where(t => t.NodeId == gateway.Id && t.ScopeId == token.ScopeId).ToList();
            var firstPerFlow = new List<Token>(incoming.Length);
            foreach (var flow in incoming)
            {
                var arrived = waiting.Find(t => t.ArrivedVia == flow.Id);
                if (arrived is null) return; // a branch is still missing: rest here
                firstPerFlow.Add(arrived);
            }
            foreach (var consumed in firstPerFlow.Where(t => t.Id != token.Id)) _ctx.Tokens.RemoveAll(t => t.Id == consumed.Id);
            token = firstPerFlow.Find(t => t.Id == token.Id) ?? token;
        }
        Continue(token, _ctx.Graph.Outgoing(gateway.Id));
    }

    /// <summary>
    /// Fires one inclusive join whose waiting tokens are complete: no other token of the scope can
    /// still reach the join. Returns whether one fired (the caller runs the agenda again).
    /// </summary>
    private bool FireReadyInclusiveJoin()
    {
        foreach (var resting in _ctx.Tokens)
        {
            if (_ctx.Graph.Node(resting.NodeId) is not InclusiveGateway join || _ctx.Graph.Incoming(join.Id).Length <= 1) continue;
            var canStillArrive = _ctx.Tokens.Exists(other =>
                other.ScopeId == resting.ScopeId && other.NodeId != join.Id && _plan.CanReach(other.NodeId, join.Id));
            if (canStillArrive) continue;

            var arrived = _ctx.Tokens.Where(t => t.NodeId == join.Id && t.ScopeId == resting.ScopeId).ToList();
            foreach (var consumed in arrived.Skip(1)) _ctx.Tokens.RemoveAll(t => t.Id == consumed.Id);
            _ctx.Record(TrailEventKind.NodeLeft, join.Id, detail: $"joined {arrived.Count}");
            Continue(arrived[0], ChooseInclusive(join));
            return true;
        }
        return false;
    }

    private SequenceFlow ChooseExclusive(FlowNode gateway)
    {
        foreach (var flow in _ctx.Graph.Outgoing(gateway.Id))
        {
            if (flow.Id == gateway.DefaultFlowId) continue;
            if (flow.Condition is null || Holds(flow)) return flow;
        }
        if (gateway.DefaultFlowId is { } defaultFlow) return _ctx.Graph.Flow(defaultFlow);
        throw NoFlowMatched(gateway);
    }

    private List<SequenceFlow> ChooseInclusive(FlowNode gateway)
    {
        var chosen = _ctx.Graph.Outgoing(gateway.Id).Where(f => f.Id != gateway.DefaultFlowId && (f.Condition is null || Holds(f))).ToList();
        if (chosen.Count > 0) return chosen;
        if (gateway.DefaultFlowId is { } defaultFlow) return [_ctx.Graph.Flow(defaultFlow)];
        throw NoFlowMatched(gateway);
    }

    /// <summary>Leaving an activity: every unconditional flow and every conditional flow that holds; the default flow only when no condition holds.</summary>
    private List<SequenceFlow> ChooseFromActivity(FlowNode node)
    {
        var outgoing = _ctx.Graph.Outgoing(node.Id);
        if (outgoing.Length == 1 && outgoing[0].Condition is null) return [outgoing[0]];
        var chosen = new List<SequenceFlow>(outgoing.Length);
        var anyConditionHeld = false;
        foreach (var flow in outgoing)
        {
            if (flow.Id == node.DefaultFlowId) continue;
            if (flow.Condition is null) chosen.Add(flow);
            else if (Holds(flow))
            {
                chosen.Add(flow);
                anyConditionHeld = true;
            }
        }
        if (!anyConditionHeld && node.DefaultFlowId is { } defaultFlow) chosen.Add(_ctx.Graph.Flow(defaultFlow));
        return chosen;
    }

    private bool Holds(SequenceFlow flow)
    {
        try
        {
            return _plan.Expression(flow.Condition!, flow.Id).EvaluateBoolean(_ctx.Variables);
        }
        catch (Expressions.ExpressionException e)
        {
            throw new ExecutionFailure(flow.Id,
                $"连线 \"{flow.Id}\" 的条件 {flow.Condition} 求值失败：{e.Error.MessageZh}",
                $"The condition {flow.Condition} of flow \"{flow.Id}\" failed: {e.Error.MessageEn}");
        }
    }

    private static ExecutionFailure NoFlowMatched(FlowNode gateway) => new(gateway.Id,
        $"网关 \"{gateway.DisplayName}\" 没有满足条件的出口，也没有默认出口",
        $"No outgoing flow of gateway \"{gateway.DisplayName}\" matches and it has no default flow");

    /// <summary>A timer fell due: the catch event moves on, or the boundary event interrupts or branches off its activity.</summary>
    public void Fire(ScheduledTimer timer)
    {
        _ctx.Timers.Remove(timer);
        var owner = _ctx.FindToken(timer.TokenId)!;
        switch (_ctx.Graph.Node(timer.NodeId))
        {
            case TimerCatchEvent:
                Leave(owner);
                break;
            case TimerBoundaryEvent { CancelActivity: true } boundary:
                Remove(owner, WorkItemCloseReason.Interrupted);
                Enter(boundary.Id, owner.ScopeId, via: null);
                break;
            case TimerBoundaryEvent boundary:
                _timers.Rearm(timer, boundary.Timer);
                Enter(boundary.Id, owner.ScopeId, via: null);
                break;
        }
    }

    /// <summary>Moves every armed timer later by the time the case clock stood still.</summary>
    public void Postpone(TimeSpan by) => _timers.Postpone(by);
}
