using WorkflowHall.Data;
using WorkflowHall.Data.Records.Hall;
using WorkflowHall.Domain.Cases;
using WorkflowHall.Domain.Matters;
using WorkflowHall.Engine.Bpmn;
using WorkflowHall.Engine.Execution;
using WorkflowHall.Engine.Execution.Commands;
using WorkflowHall.Engine.Time;
using WorkflowHall.Engine.Trail;

namespace WorkflowHall.Web.Audit.Replay;

/// <summary>
/// Walks a case's trail command by command (each command's head event and what it caused make one
/// step), keeping which nodes were reached, which steps are open and on which definition version the
/// case runs, and works out each step's time against its limit and the case's time so far.
/// </summary>
internal sealed class ReplayStepBuilder(
    IReadOnlyDictionary<int, ProcessDefinition> definitions,
    IReadOnlyDictionary<string, string> people,
    CaseRecord c,
    ServiceGuide? guide,
    IReadOnlyList<ClockPause> pauses,
    WorkingDayCalendar calendar)
{
    public const string SystemActor = "system";

    private readonly HashSet<string> _visited = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _open = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DateTimeOffset> _openedAt = new(StringComparer.Ordinal);
    private bool _extended;

    /// <param name="troubleIndex">The position in <paramref name="events"/> of the first broken or divergent event, if any.</param>
    public IReadOnlyList<ReplayStep> Build(IReadOnlyList<TrailEvent> events, int startVersion, int? troubleIndex)
    {
        var steps = new List<ReplayStep>();
        var version = startVersion;
        foreach (var (first, count) in Commands(events))
        {
            var head = events[first];
            int? migratedFrom = null;
            if (head is { Kind: TrailEventKind.InstanceMigrated, Command: { } json } && TryMigration(json) is { } migration)
            {
                migratedFrom = version;
                version = migration.ToVersion;
            }
            var definition = definitions.GetValueOrDefault(version);
            string? endNode = null;
            StepTime? time = null;
            var group = new List<ReplayEvent>(count);
            for (var i = first; i < first + count; i++)
            {
                var e = events[i];
                group.Add(new ReplayEvent(e, NodeName(e.NodeId, definition)) { Trouble = i == troubleIndex });
                switch (e.Kind)
                {
                    case TrailEventKind.NodeEntered when e.NodeId is { } node:
                        _visited.Add(node);
                        if (e.Detail is { } flow && definition is not null && definition.Graph.TryGetFlow(flow, out _)) _visited.Add(flow);
                        break;
                    case TrailEventKind.WorkItemOpened when e.WorkItemId is { } item && e.NodeId is { } node:
                        _open[item] = node;
                        _openedAt[item] = e.At;
                        break;
                    case TrailEventKind.WorkItemCompleted or TrailEventKind.WorkItemClosed or TrailEventKind.ReturnedToStep when e.WorkItemId is { } item:
                        if (i == first) time = StepTimeOf(e, item, definition);
                        _open.Remove(item);
                        break;
                    case TrailEventKind.InstanceCompleted:
                        endNode = e.NodeId;
                        if (e.NodeId is { } end) _visited.Add(end);
                        break;
                    case TrailEventKind.Annotated when e.Outcome is HallActions.Extend or "extension":
                        _extended = true;
                        break;
                }
            }
            steps.Add(Step(steps.Count, version, head, group, definition, endNode, time, migratedFrom));
        }
        return steps;
    }

    private ReplayStep Step(int index, int version, TrailEvent head, List<ReplayEvent> group, ProcessDefinition? definition, string? endNode,
        StepTime? time, int? migratedFrom)
    {
        var open = _open.Values.Distinct(StringComparer.Ordinal).ToList();
        IReadOnlyList<string> current = head.NodeId is { } acted ? [acted] : open;
        var marked = current.Concat(open).ToHashSet(StringComparer.Ordinal);
        return new ReplayStep(index, version, head, group)
        {
            What = TrailWords.Act(head),
            StepName = head.Kind == TrailEventKind.InstanceStarted ? null : NodeName(head.NodeId, definition),
            ActorName = ActorName(head.Actor),
            ReturnedTo = head.Kind == TrailEventKind.ReturnedToStep ? NodeName(head.Detail, definition) : null,
            Detail = head.Kind switch
            {
                // The engine writes "<pause kind>: <reason>"; people need the reason.
                TrailEventKind.ClockPaused => head.Detail is { } d && d.IndexOf(": ", StringComparison.Ordinal) is var at and >= 0 ? d[(at + 2)..] : head.Detail,
                TrailEventKind.ReturnedToStep or TrailEventKind.InstanceStarted or TrailEventKind.WorkItemCompleted => null,
                _ => head.Detail,
            },
            MigratedFrom = migratedFrom,
            Current = current,
            Visited = _visited.Where(id => !marked.Contains(id)).Order(StringComparer.Ordinal).ToList(),
            Open = open.Where(id => !current.Contains(id)).ToList(),
            OpenNames = open.Select(id => NodeName(id, definition) ?? id).ToList(),
            EndName = endNode is null ? null : NodeName(endNode, definition),
            Time = time,
            CaseTime = CaseTimeAt(head.At),
            Pauses = PausesAt(head.At),
        };
    }

    /// <summary>From the work item's opening to <paramref name="done"/>, in the step limit's unit, less the time the clock stood still meanwhile.</summary>
    private StepTime? StepTimeOf(TrailEvent done, string item, ProcessDefinition? definition)
    {
        if (!_openedAt.TryGetValue(item, out var opened) || done.NodeId is not { } node) return null;
        if (definition is null || !definition.Graph.TryGetNode(node, out var step) || step is not UserTask { Hall.TimeLimit: { } limit } task) return null;
        var stood = PausesAt(done.At).Select(p => (From: Later(p.From, opened), To: p.To ?? done.At)).Where(p => p.To > p.From).ToList();
        decimal used = limit.Unit switch
        {
            TimeLimitUnit.WorkingDays => calendar.CountWorkingDays(opened, done.At) - stood.Sum(p => calendar.CountWorkingDays(p.From, p.To)),
            TimeLimitUnit.NaturalDays => Days(opened, done.At) - stood.Sum(p => Days(p.From, p.To)),
            _ => decimal.Round((decimal)((done.At - opened) - stood.Aggregate(TimeSpan.Zero, (sum, p) => sum + (p.To - p.From))).TotalHours, 1),
        };
        return new StepTime(task.DisplayName, Math.Max(0, used), limit, opened, done.At);
    }

    /// <summary>The case clock at <paramref name="at"/>: it runs from acceptance (第42条), in working days, less the pauses so far.</summary>
    private CaseTimeSoFar? CaseTimeAt(DateTimeOffset at)
    {
        if (guide is null || c.AcceptedAt is not { } stored) return null;
        var accepted = StoredTime.FromStored(stored);
        if (at < accepted) return null;
        var extension = _extended ? c.ExtensionDays : 0;
        var sofar = PausesAt(at).Select(p => new ClockPause(p.From, p.Kind, p.Reason) { To = p.To }).ToList();
        var deadline = CaseClock.Compute(accepted, guide.StatutoryLimit.Amount, guide.PromisedLimit.Amount, extension, sofar, calendar, at);
        return new CaseTimeSoFar(deadline, guide.StatutoryLimit.Amount, guide.PromisedLimit.Amount, extension);
    }

    /// <summary>The pauses begun by <paramref name="at"/>, an end after it not yet known.</summary>
    private List<ReplayPause> PausesAt(DateTimeOffset at) =>
        pauses.Where(p => p.From <= at)
            .Select(p => new ReplayPause(p.From, p.To is { } to && to <= at ? to : null, p.Kind, p.Reason,
                p.StartedBy is null ? null : ActorName(p.StartedBy), p.EndedBy is null ? null : ActorName(p.EndedBy)))
            .ToList();

    private string ActorName(string actor) => people.GetValueOrDefault(actor) ?? (actor == SystemActor ? "系统" : actor);

    private string? NodeName(string? id, ProcessDefinition? definition)
    {
        if (id is null) return null;
        if (definition is not null && definition.Graph.TryGetNode(id, out var node)) return node.DisplayName;
        foreach (var other in definitions.Values)
        {
            if (other.Graph.TryGetNode(id, out var found)) return found.DisplayName;
        }
        return id;
    }

    /// <summary>Each command's events: from a head (an event carrying its command) to the next; a leading stray event starts a step of its own.</summary>
    private static IEnumerable<(int First, int Count)> Commands(IReadOnlyList<TrailEvent> events)
    {
        var start = 0;
        for (var i = 1; i <= events.Count; i++)
        {
            if (i == events.Count || events[i].Command is not null)
            {
                yield return (start, i - start);
                start = i;
            }
        }
    }

    /// <summary>
    /// Where the verifier's first problem is in the list: the chain check counts positions (1 = the first
    /// event); the replay names a recorded sequence, or one past the end when replay goes on after the trail.
    /// </summary>
    public static int? TroubleIndex(IReadOnlyList<TrailEvent> events, TrailVerificationPoint? point)
    {
        if (point is null || events.Count == 0) return null;
        if (point.ByPosition) return (int)Math.Clamp(point.Sequence - 1, 0, events.Count - 1);
        for (var i = 0; i < events.Count; i++)
        {
            if (events[i].Sequence == point.Sequence) return i;
        }
        return events.Count - 1;
    }

    private static MigrateInstance? TryMigration(string json)
    {
        try
        {
            return CommandJson.Deserialize(json) as MigrateInstance;
        }
        catch (System.Text.Json.JsonException)
        {
            return null; // an edited command: the integrity check says so
        }
    }

    private static DateTimeOffset Later(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private static int Days(DateTimeOffset from, DateTimeOffset to) =>
        HallTime.DateOf(to).DayNumber - HallTime.DateOf(from).DayNumber;
}
