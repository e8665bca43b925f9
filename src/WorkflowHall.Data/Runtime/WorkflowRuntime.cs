using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using WorkflowHall.Data.Records;
using WorkflowHall.Data.Runtime.ServiceCalls;
using WorkflowHall.Engine.Execution;
using WorkflowHall.Engine.Execution.Commands;
using WorkflowHall.Engine.Hosting;
using WorkflowHall.Engine.Time;
using WorkflowHall.Engine.Variables;
using WorkflowHall.Engine.Versions;

namespace WorkflowHall.Data.Runtime;

/// <summary>
/// The durable shell around the pure engine: load the instance, step, write state, inbox rows,
/// timers, service calls and trail in one transaction guarded by the instance revision. When another
/// writer got there first and the caller did not pin a revision, the command is simply run again on
/// the fresh state — safe, because the engine itself refuses what no longer applies (a work item
/// someone else completed). Service handlers run after commit, from an outbox.
/// An instance that belongs to a case takes commands only from the case service (with its
/// <see cref="CaseStepPass"/>); the runtime's own steps on it (timers, service calls, migration) keep the
/// case row in step through <see cref="ICaseStepFollower"/>.
/// A handler that fails is retried on the schedule of <see cref="ServiceCallRetryOptions"/> and, after the
/// last attempt, left as an incident (故障) for an administrator (<see cref="ServiceCallOutbox"/>).
/// </summary>
public sealed class WorkflowRuntime(
    IDbContextFactory<HallDbContext> contexts,
    DefinitionStore definitions,
    WorkingDayCalendar calendar,
    TimeProvider clock,
    IEnumerable<IServiceTaskHandler> handlers,
    ICaseStepFollower? caseSteps = null,
    Integrity.CheckpointWriter? checkpoints = null,
    IOptions<ServiceCallRetryOptions>? serviceCallRetries = null,
    ILogger<WorkflowRuntime>? logger = null)
{
    private const int MaxAttempts = 8;
    private readonly Dictionary<string, IServiceTaskHandler> _handlers = handlers.ToDictionary(h => h.Name, StringComparer.Ordinal);
    private readonly ILogger _logger = logger ?? (ILogger)NullLogger.Instance;
    private readonly ServiceCallOutbox _outbox = new(contexts, clock, serviceCallRetries?.Value ?? new ServiceCallRetryOptions(),
        logger ?? (ILogger)NullLogger.Instance);

    public async Task<CommandOutcome> StartAsync(StartRequest request, CancellationToken cancellationToken = default) =>
        await StartAsync(request, null, cancellationToken);

    /// <param name="alsoWrite">Adds the caller's own rows (a case, say) to the same transaction as the instance.</param>
    public async Task<CommandOutcome> StartAsync(StartRequest request, StepHook? alsoWrite, CancellationToken cancellationToken = default)
    {
        var definition = await definitions.LatestAsync(request.DefinitionKey, cancellationToken);
        if (definition is null)
        {
            return new CommandOutcome(OutcomeKind.NotFound, null)
            {
                Rejection = new CommandRejection(RejectionCode.InvalidCommand,
                    $"流程 \"{request.DefinitionKey}\" 没有已发布的有效版本", $"Definition \"{request.DefinitionKey}\" has no active published version"),
            };
        }

        var now = Now();
        var instanceId = request.InstanceId ?? Guid.CreateVersion7(now).ToString("N");
        var state = InstanceState.New(instanceId, definition.Key, definition.Version);
        var result = ProcessEngine.Step(definition.Definition, state, new StartInstance(request.Actor) { Variables = VariableMap.From(request.Variables) }, now);
        if (!result.IsAccepted) return new CommandOutcome(OutcomeKind.Rejected, state) { Rejection = result.Rejection };

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var record = new InstanceRecord
        {
            Id = instanceId, DefinitionKey = definition.Key, DefinitionVersion = definition.Version, Status = "", HandlingUnit = request.HandlingUnit,
            BusinessKey = request.BusinessKey, StartedBy = request.Actor, StartedAt = now.UtcDateTime, TrailHead = "", StateJson = "",
        };
        db.Instances.Add(record);
        new InstanceWriter(db, calendar).Write(record, state, result, now);
        if (alsoWrite is not null) await alsoWrite(db, record, state, result, cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (HallDatabase.IsUniqueViolation(e))
        {
            return new CommandOutcome(OutcomeKind.Conflict, null)
            {
                Rejection = new CommandRejection(RejectionCode.AlreadyStarted, $"办件 {instanceId} 已存在", $"Instance {instanceId} already exists"),
            };
        }
        await RunServiceCallsAsync(instanceId, result, cancellationToken);
        await SealIfEndedAsync(instanceId, result, cancellationToken);
        return await Reloaded(instanceId, result, cancellationToken);
    }

    public Task<CommandOutcome> ExecuteAsync(string instanceId, EngineCommand command, CancellationToken cancellationToken = default) =>
        ExecuteAsync(instanceId, command, null, null, cancellationToken);

    /// <param name="alsoWrite">
    /// Adds the caller's own row changes to the step's transaction; it runs once per attempt, on that
    /// attempt's fresh context, after the engine accepted the command.
    /// </param>
    public Task<CommandOutcome> ExecuteAsync(string instanceId, EngineCommand command, StepHook? alsoWrite, CancellationToken cancellationToken = default) =>
        ExecuteAsync(instanceId, command, alsoWrite, null, cancellationToken);

    /// <param name="alsoWrite">As above.</param>
    /// <param name="caseService">The case service's pass: without it, a command on a case's instance is refused.</param>
    public async Task<CommandOutcome> ExecuteAsync(string instanceId, EngineCommand command, StepHook? alsoWrite, CaseStepPass? caseService,
        CancellationToken cancellationToken = default)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var record = await db.Instances.SingleOrDefaultAsync(i => i.Id == instanceId, cancellationToken);
            if (record is null) return NotFound(instanceId);
            var caseNumber = await db.Cases.AsNoTracking().Where(c => c.Id == instanceId).Select(c => c.CaseNumber).FirstOrDefaultAsync(cancellationToken);
            if (caseNumber is not null && caseService is null && !IsRuntimeOwn(command)) return CaseServiceOnly(instanceId, caseNumber);

            var state = InstanceStateJson.Deserialize(record.StateJson);
            var now = Now();
            StepResult result;
            if (command is MigrateInstance migrate)
            {
                var from = await definitions.GetAsync(record.DefinitionKey, record.DefinitionVersion, cancellationToken);
                var to = await definitions.GetAsync(record.DefinitionKey, migrate.ToVersion, cancellationToken);
                if (to is null) return NotFound($"{record.DefinitionKey}:{migrate.ToVersion}");
                result = InstanceMigrator.Migrate(from!.Definition, to.Definition, state, migrate, now);
            }
            else
            {
                var definition = await definitions.GetAsync(record.DefinitionKey, record.DefinitionVersion, cancellationToken);
                result = ProcessEngine.Step(definition!.Definition, state, command, now);
            }
            if (!result.IsAccepted) return new CommandOutcome(OutcomeKind.Rejected, state) { Rejection = result.Rejection };

            new InstanceWriter(db, calendar).Write(record, state, result, now);
            if (alsoWrite is not null) await alsoWrite(db, record, state, result, cancellationToken);
            if (caseNumber is not null && caseService is null && caseSteps is not null)
            {
                await caseSteps.FollowAsync(db, instanceId, result.State, result.Events.Length > 0 ? result.Events[0].At : now, cancellationToken);
            }
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException e) when (e is DbUpdateConcurrencyException || HallDatabase.IsUniqueViolation(e))
            {
                if (command.ExpectedRevision is not null || attempt >= MaxAttempts)
                {
                    Log.StaleCommandRefused(_logger, command.GetType().Name, instanceId, record.Revision, attempt);
                    return new CommandOutcome(OutcomeKind.Conflict, null)
                    {
                        Rejection = new CommandRejection(RejectionCode.StaleRevision,
                            $"办件 {instanceId} 刚被他人更新，请刷新后再操作", $"Instance {instanceId} was just changed by someone else; reload and try again"),
                    };
                }
                Log.ConcurrentStepRetried(_logger, command.GetType().Name, instanceId, attempt);
                continue;
            }
            await RunServiceCallsAsync(instanceId, result, cancellationToken);
            await SealIfEndedAsync(instanceId, result, cancellationToken);
            return await Reloaded(instanceId, result, cancellationToken);
        }
    }

    public async Task<InstanceRecord?> FindAsync(string instanceId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Instances.AsNoTracking().SingleOrDefaultAsync(i => i.Id == instanceId, cancellationToken);
    }

    public async Task<StoredTrail> TrailAsync(string instanceId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.TrailEvents.AsNoTracking().Where(e => e.InstanceId == instanceId).OrderBy(e => e.Sequence).ToListAsync(cancellationToken);
        return StoredTrail.Read(rows);
    }

    /// <summary>Fires every stored timer due by now, oldest first; each firing is its own command, so a repeat is a harmless no-op.</summary>
    public async Task<int> FireDueTimersAsync(int batch = 500, CancellationToken cancellationToken = default)
    {
        List<TimerRecord> due;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            var now = Now().UtcDateTime;
            due = await db.Timers.AsNoTracking().Where(t => t.DueAt <= now).OrderBy(t => t.DueAt).Take(batch).ToListAsync(cancellationToken);
        }
        var fired = 0;
        foreach (var timer in due)
        {
            var outcome = await ExecuteAsync(timer.InstanceId, new FireTimer("timer", timer.EngineId), cancellationToken);
            if (outcome.IsAccepted) fired++;
        }
        return fired;
    }

    /// <summary>
    /// Runs the service calls whose next attempt is due: those a failed handler left for later and those a
    /// crash after commit never ran. Not before their time, and never an incident.
    /// </summary>
    /// <returns>How many were due and how many of them completed.</returns>
    public async Task<(int Due, int Completed)> RetryServiceCallsAsync(CancellationToken cancellationToken = default)
    {
        var due = await _outbox.DueAsync(cancellationToken);
        var done = 0;
        foreach (var call in due)
        {
            if (await RunStoredCallAsync(call, cancellationToken)) done++;
        }
        return (due.Count, done);
    }

    /// <summary>An administrator's "retry now" on an incident: a fresh schedule, and the first attempt at once.</summary>
    public async Task<ServiceCallRetryResult> RetryIncidentAsync(string instanceId, string callId, string actor, CancellationToken cancellationToken = default)
    {
        var call = await _outbox.ResetIncidentAsync(InstanceWriter.RowId(instanceId, callId), actor, cancellationToken);
        if (call is null) return ServiceCallRetryResult.NoIncident;
        return await RunStoredCallAsync(call, cancellationToken) ? ServiceCallRetryResult.Completed : ServiceCallRetryResult.FailedAgain;
    }

    private Task<bool> RunStoredCallAsync(ServiceCallRecord call, CancellationToken cancellationToken)
    {
        var variables = (CanonicalJson.Deserialize(call.VariablesJson) as System.Collections.Immutable.ImmutableSortedDictionary<string, object?>) ?? VariableMap.Empty;
        return RunServiceCallAsync(call.InstanceId, new ServiceCall(call.EngineId, "", call.NodeId, call.Handler), variables, cancellationToken);
    }

    private async Task RunServiceCallsAsync(string instanceId, StepResult result, CancellationToken cancellationToken)
    {
        foreach (var request in result.Effects.OfType<ServiceCallRequested>())
        {
            await RunServiceCallAsync(instanceId, request.Call, request.Variables, cancellationToken);
        }
    }

    private async Task<bool> RunServiceCallAsync(string instanceId, ServiceCall call, System.Collections.Immutable.ImmutableSortedDictionary<string, object?> variables,
        CancellationToken cancellationToken)
    {
        IReadOnlyDictionary<string, object?> output;
        try
        {
            if (!_handlers.TryGetValue(call.Handler, out var handler)) throw new InvalidOperationException($"No service task handler named '{call.Handler}'.");
            output = await handler.ExecuteAsync(new ServiceTaskContext(instanceId, call.Id, call.NodeId, variables), cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await _outbox.RecordFailureAsync(InstanceWriter.RowId(instanceId, call.Id), e, cancellationToken);
            return false;
        }
        var outcome = await ExecuteAsync(instanceId, new CompleteServiceCall("service:" + call.Handler, call.Id) { Output = VariableMap.From(output) }, cancellationToken);
        return outcome.IsAccepted;
    }

    /// <summary>
    /// A case that closed gets its closing checkpoint at once. Signing is not part of the step's transaction:
    /// if it fails (the key file unreadable, say), the step stands and the periodic checkpoint run seals it.
    /// </summary>
    private async Task SealIfEndedAsync(string instanceId, StepResult result, CancellationToken cancellationToken)
    {
        if (checkpoints is null || !result.State.IsEnded) return;
        try
        {
            await checkpoints.SealInstanceAsync(instanceId, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Left to the periodic run, which logs what keeps failing.
        }
    }

    private async Task<CommandOutcome> Reloaded(string instanceId, StepResult result, CancellationToken cancellationToken)
    {
        if (!result.Effects.OfType<ServiceCallRequested>().Any()) return new CommandOutcome(OutcomeKind.Accepted, result.State) { Events = result.Events };
        // Service calls may have moved the instance on; report where it stands now.
        var record = await FindAsync(instanceId, cancellationToken);
        var state = record is null ? result.State : InstanceStateJson.Deserialize(record.StateJson);
        return new CommandOutcome(OutcomeKind.Accepted, state) { Events = result.Events };
    }

    /// <summary>Steps the runtime takes itself or an administrator takes on the version, not on the case: timers, service calls, migration.</summary>
    private static bool IsRuntimeOwn(EngineCommand command) => command is FireTimer or CompleteServiceCall or MigrateInstance;

    private static CommandOutcome CaseServiceOnly(string instanceId, string caseNumber) => new(OutcomeKind.Rejected, null)
    {
        Rejection = new CommandRejection(RejectionCode.InvalidCommand,
            $"流程实例 {instanceId} 属于办件 {caseNumber}，只能通过办件服务办理（页面 /workbench/cases/{caseNumber}，接口 /api/cases/{caseNumber}/…）",
            $"Instance {instanceId} belongs to case {caseNumber}; act on it through the case service (page /workbench/cases/{caseNumber}, API /api/cases/{caseNumber}/…)"),
    };

    private static CommandOutcome NotFound(string what) => new(OutcomeKind.NotFound, null)
    {
        Rejection = new CommandRejection(RejectionCode.InvalidCommand, $"没有办件 {what}", $"There is no instance {what}"),
    };

    /// <summary>Now, to the microsecond: PostgreSQL keeps microseconds, and trail hashes must survive the round trip.</summary>
    private DateTimeOffset Now() => StoredTime.Truncate(clock.GetUtcNow());
}

/// <summary>Row changes a caller adds to the transaction of an accepted step.</summary>
public delegate Task StepHook(HallDbContext db, InstanceRecord instance, InstanceState before, StepResult result, CancellationToken cancellationToken);

/// <summary>Starting an instance of the latest published version of a definition.</summary>
public sealed record StartRequest(string DefinitionKey, string Actor)
{
    public string? InstanceId { get; init; }
    public string? HandlingUnit { get; init; }
    public string? BusinessKey { get; init; }
    public IReadOnlyDictionary<string, object?> Variables { get; init; } = VariableMap.Empty;
}
