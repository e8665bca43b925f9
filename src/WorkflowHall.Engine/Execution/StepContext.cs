using System.Collections.Immutable;
using WorkflowHall.Engine.Bpmn;
using WorkflowHall.Engine.Trail;

namespace WorkflowHall.Engine.Execution;

/// <summary>
/// The working copy of one step. It lives only inside <see cref="ProcessEngine.Step"/>: the input
/// state is never modified, and <see cref="Finish"/> seals the trail and returns a new state.
/// </summary>
internal sealed class StepContext
{
    private readonly InstanceState _initial;
    private readonly List<PendingEvent> _events = [];
    private readonly List<EngineEffect> _effects = [];
    private int _nextId;

    public StepContext(ProcessDefinition definition, InstanceState state, DateTimeOffset now, string actor)
    {
        Definition = definition;
        _initial = state;
        Now = now;
        Actor = actor;
        Status = state.Status;
        Variables = state.Variables.ToBuilder();
        Tokens = [.. state.Tokens];
        WorkItems = [.. state.WorkItems];
        ClosedWorkItems = state.ClosedWorkItems.ToBuilder();
        Timers = [.. state.Timers];
        ServiceCalls = [.. state.ServiceCalls];
        Clock = state.Clock;
        StartedAt = state.StartedAt;
        EndedAt = state.EndedAt;
        EndNodeId = state.EndNodeId;
        _nextId = state.NextId;
    }

    public ProcessDefinition Definition { get; }
    public ProcessGraph Graph => Definition.Graph;
    public DateTimeOffset Now { get; }
    public string Actor { get; }
    public string InstanceId => _initial.InstanceId;

    public InstanceStatus Status { get; set; }
    public ImmutableSortedDictionary<string, object?>.Builder Variables { get; }
    public List<Token> Tokens { get; }
    public List<WorkItem> WorkItems { get; }
    public ImmutableList<ClosedWorkItem>.Builder ClosedWorkItems { get; }
    public List<ScheduledTimer> Timers { get; }
    public List<ServiceCall> ServiceCalls { get; }
    public ClockState Clock { get; set; }
    public DateTimeOffset? StartedAt { get; set; }
    public DateTimeOffset? EndedAt { get; set; }
    public string? EndNodeId { get; set; }

    public string NewId(string prefix) => prefix + (_nextId++).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public void Effect(EngineEffect effect) => _effects.Add(effect);

    public void Record(TrailEventKind kind, string? nodeId = null, string? workItemId = null, string? outcome = null,
        string? opinion = null, string? detail = null, string? variablesJson = null, string? command = null) =>
        _events.Add(new PendingEvent(kind, nodeId, workItemId, outcome, opinion, detail, variablesJson, command));

    public Token? FindToken(string tokenId) => Tokens.Find(t => t.Id == tokenId);

    public void ReplaceToken(Token token) => Tokens[Tokens.FindIndex(t => t.Id == token.Id)] = token;

    public void ReplaceWorkItem(WorkItem item) => WorkItems[WorkItems.FindIndex(w => w.Id == item.Id)] = item;

    public StepResult Finish()
    {
        var state = _initial with
        {
            Status = Status,
            Revision = _initial.Revision + 1,
            Variables = Variables.ToImmutable(),
            Tokens = [.. Tokens],
            WorkItems = [.. WorkItems],
            ClosedWorkItems = ClosedWorkItems.ToImmutable(),
            Timers = [.. Timers],
            ServiceCalls = [.. ServiceCalls],
            Clock = Clock,
            StartedAt = StartedAt,
            EndedAt = EndedAt,
            EndNodeId = EndNodeId,
            NextId = _nextId,
        };

        var stateHash = StateFingerprint.Compute(state);
        var sealedEvents = ImmutableArray.CreateBuilder<TrailEvent>(_events.Count);
        var previous = _initial.TrailHead;
        var sequence = _initial.TrailLength;
        for (var i = 0; i < _events.Count; i++)
        {
            var pending = _events[i];
            var unsealed = new TrailEvent
            {
                Sequence = ++sequence,
                InstanceId = InstanceId,
                At = Now,
                Actor = Actor,
                Kind = pending.Kind,
                NodeId = pending.NodeId,
                WorkItemId = pending.WorkItemId,
                Outcome = pending.Outcome,
                Opinion = pending.Opinion,
                Detail = pending.Detail,
                VariablesJson = pending.VariablesJson,
                Command = pending.Command,
                StateHash = i == _events.Count - 1 ? stateHash : null,
                PreviousHash = previous,
                Hash = "",
            };
            var sealedEvent = unsealed with { Hash = TrailHash.Compute(unsealed) };
            sealedEvents.Add(sealedEvent);
            previous = sealedEvent.Hash;
        }

        state = state with { TrailLength = sequence, TrailHead = previous };
        return new StepResult(state, [.. _effects], sealedEvents.MoveToImmutable());
    }

    private readonly record struct PendingEvent(TrailEventKind Kind, string? NodeId, string? WorkItemId, string? Outcome,
        string? Opinion, string? Detail, string? VariablesJson, string? Command);
}
