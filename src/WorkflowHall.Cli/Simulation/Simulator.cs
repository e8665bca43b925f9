using System.Collections.Immutable;
using WorkflowHall.Cli.Calendars;
using WorkflowHall.Engine.Bpmn;
using WorkflowHall.Engine.Execution;
using WorkflowHall.Engine.Execution.Commands;
using WorkflowHall.Engine.Hosting;
using WorkflowHall.Engine.Time;
using WorkflowHall.Engine.Trail;

namespace WorkflowHall.Cli.Simulation;

/// <summary>
/// Runs one instance in memory to its end: completes each open work item with the scripted outcome
/// (else the step's first allowed action) after one step duration, and moves the clock to the next
/// timer when nothing else is waiting. Returns <see cref="ExitCodes.Success"/> only when the instance ended.
/// One simulator runs one instance: it owns the in-memory host.
/// </summary>
internal sealed class Simulator(ProcessDefinition definition, LocatedCalendar calendar, SimulationSettings settings, SimulationScript script, SimulationLog log)
{
    public const string Clerk = "clerk";

    private readonly InMemoryProcessHost _host = new(definition, "simulation", handlers: HandlerNames(definition).Select(n => new NoOpServiceTaskHandler(n)));
    private int _reportedEvents;
    private int _stepNumber;

    /// <summary>Every service handler the definition names; each gets a no-op stand-in.</summary>
    public static ImmutableArray<string> HandlerNames(ProcessDefinition definition) =>
        [.. definition.Nodes.OfType<ServiceTask>().Select(t => t.Handler).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    public async Task<int> RunAsync(ImmutableSortedDictionary<string, object?> variables, CancellationToken cancellationToken)
    {
        try
        {
            return await RunInstanceAsync(variables, cancellationToken);
        }
        catch (InvalidOperationException e)
        {
            // The host throws when a timer it fires is refused; the run cannot go on from there.
            log.Failed(e.Message);
            return ExitCodes.Problems;
        }
    }

    private async Task<int> RunInstanceAsync(ImmutableSortedDictionary<string, object?> variables, CancellationToken cancellationToken)
    {
        var now = settings.Start;
        var applicant = variables.GetValueOrDefault(SimulationVariables.Applicant) as string ?? SimulationVariables.Applicant;
        var started = await _host.ExecuteAsync(new StartInstance(applicant) { Variables = variables }, now, cancellationToken);
        if (!started.IsAccepted) return Rejected(started.Rejection!);
        ReportTrail();

        for (var moves = 0; !_host.State.IsEnded; moves++)
        {
            if (moves == settings.MaxSteps)
            {
                log.NotEnded($"{settings.MaxSteps} 步内未结束", $"did not end within {settings.MaxSteps} steps", _host.State, Path());
                return ExitCodes.Problems;
            }

            var revision = _host.State.Revision;
            if (_host.State.WorkItems.MinBy(w => w.OpenedAt) is { } item)
            {
                now = settings.StepDuration.AddTo(now);
                if (await WorkOnAsync(item, now, cancellationToken) is { } rejection) return Rejected(rejection);
            }
            else if (_host.State.Timers.MinBy(t => t.DueAt) is { } timer)
            {
                now = timer.DueAt > now ? timer.DueAt : now;
                await _host.AdvanceToAsync(now, cancellationToken);
                ReportTrail();
            }

            if (_host.State.Revision == revision && !_host.State.IsEnded)
            {
                log.NotEnded("没有可办理的待办，也没有可触发的定时器", "no work item to complete and no timer that can fire", _host.State, Path());
                return ExitCodes.Problems;
            }
        }

        log.Ended(_host.State, definition, Path());
        log.UnusedOutcomes(script.Unused());
        return ExitCodes.Success;
    }

    /// <summary>Works on one item until <paramref name="now"/>, then completes it unless a timer closed it first.</summary>
    private async Task<CommandRejection?> WorkOnAsync(WorkItem item, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var deadline = StepDeadline.For(item, _host.State.Clock, calendar.Calendar, now);
        log.StepOpened(++_stepNumber, item, deadline);

        // Timers that fall due while the step is being worked on fire first, and may close it.
        await _host.AdvanceToAsync(now, cancellationToken);
        ReportTrail();
        if (_host.State.FindWorkItem(item.Id) is not { } open)
        {
            log.StepClosed(_host.State.ClosedWorkItems.Find(c => c.Id == item.Id));
            return null;
        }

        var outcome = script.TakeNext(open.NodeId) ?? (open.AllowedActions.IsDefaultOrEmpty ? null : open.AllowedActions[0]);
        var actor = open.Assignee ?? Clerk;
        var result = await _host.ExecuteAsync(new CompleteWorkItem(actor, open.Id) { Outcome = outcome }, now, cancellationToken);
        if (!result.IsAccepted) return result.Rejection;

        log.StepCompleted(now, actor, outcome, deadline);
        ReportTrail();
        return null;
    }

    private int Rejected(CommandRejection rejection)
    {
        log.Rejected(rejection);
        return ExitCodes.Problems;
    }

    /// <summary>Writes what happened beyond the steps themselves: timers that fired and service tasks that ran.</summary>
    private void ReportTrail()
    {
        for (; _reportedEvents < _host.Trail.Count; _reportedEvents++)
        {
            var e = _host.Trail[_reportedEvents];
            if (e.NodeId is null || !definition.Graph.TryGetNode(e.NodeId, out var node)) continue;
            if (e.Kind == TrailEventKind.TimerFired) log.TimerFired(node, e.At);
            else if (e.Kind == TrailEventKind.ServiceCallCompleted) log.ServiceCalled(node, (node as ServiceTask)?.Handler, e.At);
        }
    }

    /// <summary>The nodes the instance went through, in order, leaving out gateways.</summary>
    private IEnumerable<string> Path() => _host.Trail
        .Where(e => e.Kind == TrailEventKind.NodeEntered && e.NodeId is not null)
        .Select(e => e.NodeId!)
        .Where(id => !definition.Graph.TryGetNode(id, out var node) || node is not (ExclusiveGateway or ParallelGateway or InclusiveGateway));
}
