using WorkflowHall.Engine.Bpmn;
using WorkflowHall.Engine.Execution;
using WorkflowHall.Engine.Execution.Commands;
using WorkflowHall.Engine.Trail;
using WorkflowHall.Engine.Variables;

namespace WorkflowHall.Engine.Hosting;

/// <summary>
/// A shell around the pure core that keeps one instance in memory: it applies commands, keeps the
/// trail, runs service handlers and fires timers as its clock is moved. Used by the command-line
/// simulator and by tests; the web host does the same against the database.
/// </summary>
public sealed class InMemoryProcessHost
{
    private readonly ProcessDefinition _definition;
    private readonly IReadOnlyDictionary<string, IServiceTaskHandler> _handlers;
    private readonly Dictionary<string, IReadOnlyDictionary<string, object?>> _serviceResults = new(StringComparer.Ordinal);
    private readonly List<TrailEvent> _trail = [];

    public InMemoryProcessHost(ProcessDefinition definition, string instanceId, int version = 1, IEnumerable<IServiceTaskHandler>? handlers = null)
    {
        _definition = definition;
        State = InstanceState.New(instanceId, definition.Key, version);
        _handlers = (handlers ?? []).ToDictionary(h => h.Name, StringComparer.Ordinal);
    }

    public InstanceState State { get; private set; }

    public IReadOnlyList<TrailEvent> Trail => _trail;

    public DateTimeOffset Now { get; private set; }

    /// <summary>Applies a command at <paramref name="now"/>, then runs any service calls it caused.</summary>
    public async ValueTask<StepResult> ExecuteAsync(EngineCommand command, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        Now = now > Now ? now : Now;
        var result = Apply(command);
        if (result.IsAccepted) await RunServiceCallsAsync(result, cancellationToken);
        return result;
    }

    /// <summary>Moves the clock forward, firing every timer that falls due on the way, in due order.</summary>
    public async ValueTask AdvanceToAsync(DateTimeOffset until, CancellationToken cancellationToken = default)
    {
        while (!State.IsEnded && !State.Clock.IsPaused && State.Timers.Where(t => t.DueAt <= until).MinBy(t => t.DueAt) is { } due)
        {
            Now = due.DueAt > Now ? due.DueAt : Now;
            var result = Apply(new FireTimer("timer", due.Id));
            if (!result.IsAccepted) throw new InvalidOperationException(result.Rejection!.ToString());
            await RunServiceCallsAsync(result, cancellationToken);
        }
        if (until > Now) Now = until;
    }

    private StepResult Apply(EngineCommand command)
    {
        var result = ProcessEngine.Step(_definition, State, command, Now);
        if (!result.IsAccepted) return result;
        State = result.State;
        _trail.AddRange(result.Events);
        return result;
    }

    private async ValueTask RunServiceCallsAsync(StepResult result, CancellationToken cancellationToken)
    {
        var pending = new Queue<ServiceCallRequested>(result.Effects.OfType<ServiceCallRequested>());
        while (pending.TryDequeue(out var request))
        {
            var call = request.Call;
            if (!_serviceResults.TryGetValue(call.Id, out var output))
            {
                if (!_handlers.TryGetValue(call.Handler, out var handler))
                {
                    throw new InvalidOperationException($"No service task handler named '{call.Handler}' for step '{call.NodeId}'.");
                }
                output = await handler.ExecuteAsync(new ServiceTaskContext(State.InstanceId, call.Id, call.NodeId, request.Variables), cancellationToken);
                _serviceResults[call.Id] = output;
            }
            var next = Apply(new CompleteServiceCall("service:" + call.Handler, call.Id) { Output = VariableMap.From(output) });
            foreach (var more in next.Effects.OfType<ServiceCallRequested>()) pending.Enqueue(more);
        }
    }
}
