using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using WorkflowHall.Data.Cases;
using WorkflowHall.Data.Records;
using WorkflowHall.Data.Runtime;
using WorkflowHall.Data.Runtime.ServiceCalls;
using WorkflowHall.Engine.Execution;
using WorkflowHall.Engine.Hosting;

namespace WorkflowHall.Data.Tests.Runtime;

using WorkflowHall.Data.Tests.Infrastructure;

/// <summary>
/// A failing service call is retried on the schedule kept in its row (the test clock moves, nothing sleeps), becomes an
/// incident after the last attempt, and an administrator's "retry now" starts it afresh.
/// </summary>
public class ServiceCallRetryTests
{
    private static readonly ServiceCallRetryOptions Schedule = new()
    {
        MaxAttempts = 4, FirstDelay = TimeSpan.FromSeconds(10), MaxDelay = TimeSpan.FromSeconds(25),
    };

    private sealed class Lookup : IServiceTaskHandler
    {
        public bool Broken { get; set; } = true;
        public int Calls { get; private set; }
        public string Name => "certificate-lookup";

        public ValueTask<IReadOnlyDictionary<string, object?>> ExecuteAsync(ServiceTaskContext context, CancellationToken cancellationToken)
        {
            Calls++;
            if (Broken) throw new HttpRequestException("证照库维护中 / certificate registry down for maintenance");
            return ValueTask.FromResult<IReadOnlyDictionary<string, object?>>(new Dictionary<string, object?> { ["certificates"] = 2m });
        }
    }

    /// <summary>Every line logged, with its level and event id, as an operator's log sink would get it.</summary>
    private sealed class CapturingLogs : ILoggerProvider
    {
        public ConcurrentQueue<(LogLevel Level, EventId Event, string Message)> Lines { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Logger(Lines);

        public void Dispose()
        {
        }

        private sealed class Logger(ConcurrentQueue<(LogLevel, EventId, string)> lines) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                lines.Enqueue((logLevel, eventId, formatter(state, exception)));
        }
    }

    private static readonly string WithService = TestHall.Bpmn("lookup", """
        <bpmn:startEvent id="s"/><bpmn:sequenceFlow id="f0" sourceRef="s" targetRef="lookup"/>
        <bpmn:serviceTask id="lookup" name="查询证照库" hall:handler="certificate-lookup"/>
        <bpmn:sequenceFlow id="f1" sourceRef="lookup" targetRef="check"/>
        <bpmn:userTask id="check" hall:post="p"/><bpmn:sequenceFlow id="f2" sourceRef="check" targetRef="e"/><bpmn:endEvent id="e"/>
        """);

    private static WorkflowRuntime Runtime(TestHall hall, Lookup handler, CapturingLogs? logs = null)
    {
        var factory = LoggerFactory.Create(b => { if (logs is not null) b.AddProvider(logs); });
        return new WorkflowRuntime(hall.Contexts, hall.Definitions, TestHall.Calendar, hall.Clock, [handler], new CaseRowFollower(hall.Matters, TestHall.Calendar),
            hall.Checkpoints, Options.Create(Schedule), factory.CreateLogger<WorkflowRuntime>());
    }

    private static async Task<ServiceCallRecord> CallAsync(TestHall hall)
    {
        await using var db = await hall.Contexts.CreateDbContextAsync();
        return await db.ServiceCalls.AsNoTracking().SingleAsync();
    }

    private static async Task<(TestHall Hall, Lookup Handler, WorkflowRuntime Runtime)> StartedAsync(string provider, CapturingLogs? logs = null)
    {
        var hall = await TestHall.CreateAsync(provider);
        await hall.PublishAsync(WithService);
        var handler = new Lookup();
        var runtime = Runtime(hall, handler, logs);
        Assert.True((await runtime.StartAsync(new StartRequest("lookup", "applicant") { InstanceId = "inst-1" })).IsAccepted);
        return (hall, handler, runtime);
    }

    private static async Task FailUntilIncidentAsync(TestHall hall, WorkflowRuntime runtime)
    {
        for (var i = 0; i < 10 && (await CallAsync(hall)).IncidentAt is null; i++)
        {
            hall.Clock.Advance(Schedule.MaxDelay);
            await runtime.RetryServiceCallsAsync();
        }
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_failed_call_is_retried_when_its_wait_is_over_and_not_before_each_wait_doubling_up_to_the_cap(string provider)
    {
        var (hall, handler, runtime) = await StartedAsync(provider);
        await using var _ = hall;
        Assert.Equal(1, handler.Calls); // the first attempt, right after the step
        var call = await CallAsync(hall);
        Assert.Equal(1, call.Attempts);
        Assert.Contains("证照库维护中", call.LastError);
        Assert.Equal(hall.Clock.GetUtcNow() + TimeSpan.FromSeconds(10), StoredTime.FromStored(call.NextAttemptAt));

        hall.Clock.Advance(TimeSpan.FromSeconds(9));
        Assert.Equal((0, 0), await runtime.RetryServiceCallsAsync());
        Assert.Equal(1, handler.Calls);

        hall.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal((1, 0), await runtime.RetryServiceCallsAsync());
        Assert.Equal(2, handler.Calls);
        Assert.Equal(hall.Clock.GetUtcNow() + TimeSpan.FromSeconds(20), StoredTime.FromStored((await CallAsync(hall)).NextAttemptAt));

        hall.Clock.Advance(TimeSpan.FromSeconds(19));
        await runtime.RetryServiceCallsAsync();
        Assert.Equal(2, handler.Calls);
        hall.Clock.Advance(TimeSpan.FromSeconds(1));
        await runtime.RetryServiceCallsAsync();
        Assert.Equal(3, handler.Calls);
        // 40 s would be next; the cap is 25 s.
        Assert.Equal(hall.Clock.GetUtcNow() + TimeSpan.FromSeconds(25), StoredTime.FromStored((await CallAsync(hall)).NextAttemptAt));
        Assert.Null((await CallAsync(hall)).IncidentAt);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task After_the_last_attempt_the_call_is_an_incident_that_is_listed_and_never_retried_by_the_sweep(string provider)
    {
        var (hall, handler, runtime) = await StartedAsync(provider);
        await using var _ = hall;
        await FailUntilIncidentAsync(hall, runtime);

        var call = await CallAsync(hall);
        Assert.Equal(Schedule.MaxAttempts, call.Attempts);
        Assert.Equal(Schedule.MaxAttempts, handler.Calls);
        Assert.Equal(hall.Clock.GetUtcNow(), StoredTime.FromStored(call.IncidentAt!.Value));

        hall.Clock.Advance(TimeSpan.FromDays(3));
        Assert.Equal((0, 0), await runtime.RetryServiceCallsAsync());
        Assert.Equal(Schedule.MaxAttempts, handler.Calls);

        var incidents = new ServiceCallIncidents(hall.Contexts, hall.Definitions);
        var incident = Assert.Single(await incidents.ListAsync());
        Assert.Equal(("inst-1", call.EngineId, "lookup", "查询证照库", "certificate-lookup", Schedule.MaxAttempts),
            (incident.InstanceId, incident.CallId, incident.NodeId, incident.StepName, incident.Handler, incident.Attempts));
        Assert.Null(incident.CaseNumber);
        Assert.Contains("证照库维护中", incident.LastError);
        Assert.Single(await incidents.ForInstanceAsync("inst-1"));
        Assert.Empty(await incidents.ForInstanceAsync("inst-2"));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Retry_now_lifts_the_incident_and_a_handler_that_works_again_completes_the_step(string provider)
    {
        var (hall, handler, runtime) = await StartedAsync(provider);
        await using var _ = hall;
        await FailUntilIncidentAsync(hall, runtime);
        var callId = (await CallAsync(hall)).EngineId;

        handler.Broken = false;
        Assert.Equal(ServiceCallRetryResult.Completed, await runtime.RetryIncidentAsync("inst-1", callId, "qian.lei"));

        var state = InstanceStateJson.Deserialize((await runtime.FindAsync("inst-1"))!.StateJson);
        Assert.Equal(["check"], state.WorkItems.Select(w => w.NodeId));
        await using (var db = await hall.Contexts.CreateDbContextAsync()) Assert.Equal(0, await db.ServiceCalls.CountAsync());
        Assert.Empty(await new ServiceCallIncidents(hall.Contexts, hall.Definitions).ListAsync());
        Assert.Equal(ServiceCallRetryResult.NoIncident, await runtime.RetryIncidentAsync("inst-1", callId, "qian.lei"));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Retry_now_that_fails_again_starts_the_schedule_afresh(string provider)
    {
        var (hall, handler, runtime) = await StartedAsync(provider);
        await using var _ = hall;
        await FailUntilIncidentAsync(hall, runtime);
        var callId = (await CallAsync(hall)).EngineId;

        Assert.Equal(ServiceCallRetryResult.NoIncident, await runtime.RetryIncidentAsync("inst-1", "sc-nonesuch", "qian.lei"));
        Assert.Equal(ServiceCallRetryResult.FailedAgain, await runtime.RetryIncidentAsync("inst-1", callId, "qian.lei"));

        var call = await CallAsync(hall);
        Assert.Null(call.IncidentAt);
        Assert.Equal(1, call.Attempts);
        Assert.Equal(hall.Clock.GetUtcNow() + Schedule.FirstDelay, StoredTime.FromStored(call.NextAttemptAt));
        Assert.Equal(Schedule.MaxAttempts + 1, handler.Calls);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_call_that_succeeds_after_failures_leaves_neither_error_nor_incident(string provider)
    {
        var (hall, handler, runtime) = await StartedAsync(provider);
        await using var _ = hall;
        hall.Clock.Advance(TimeSpan.FromSeconds(10));
        await runtime.RetryServiceCallsAsync();
        Assert.Equal(2, (await CallAsync(hall)).Attempts);

        handler.Broken = false;
        hall.Clock.Advance(TimeSpan.FromSeconds(20));
        Assert.Equal((1, 1), await runtime.RetryServiceCallsAsync());

        await using (var db = await hall.Contexts.CreateDbContextAsync()) Assert.Empty(await db.ServiceCalls.ToListAsync());
        Assert.Empty(await new ServiceCallIncidents(hall.Contexts, hall.Definitions).ListAsync());
        var state = InstanceStateJson.Deserialize((await runtime.FindAsync("inst-1"))!.StateJson);
        Assert.Equal(2m, state.Variables["certificates"]);
    }

    [Fact]
    public async Task A_failed_attempt_is_logged_as_a_warning_naming_handler_step_instance_and_next_attempt_and_the_incident_as_an_error()
    {
        var logs = new CapturingLogs();
        var (hall, _, runtime) = await StartedAsync(TestDatabase.Sqlite, logs);
        await using var _ = hall;

        var failed = Assert.Single(logs.Lines, l => l.Event.Id == 3001);
        Assert.Equal(LogLevel.Warning, failed.Level);
        Assert.Contains("certificate-lookup", failed.Message);
        Assert.Contains("step lookup of instance inst-1", failed.Message);
        Assert.Contains("attempt 1 of 4", failed.Message);
        Assert.Contains((hall.Clock.GetUtcNow() + TimeSpan.FromSeconds(10)).UtcDateTime.ToString("O"), failed.Message);

        await FailUntilIncidentAsync(hall, runtime);
        var incident = Assert.Single(logs.Lines, l => l.Event.Id == 3002);
        Assert.Equal(LogLevel.Error, incident.Level);
        Assert.Contains("certificate-lookup", incident.Message);
        Assert.Contains("incident", incident.Message);
        Assert.Equal(3, logs.Lines.Count(l => l.Event.Id == 3001));
    }

    [Fact]
    public void A_retry_setting_that_cannot_work_is_refused_naming_its_key()
    {
        var validator = new ServiceCallRetryOptionsValidator();
        Assert.True(validator.Validate(null, new ServiceCallRetryOptions()).Succeeded);

        var refused = validator.Validate(null, new ServiceCallRetryOptions { MaxAttempts = 0, FirstDelay = TimeSpan.FromMinutes(5), MaxDelay = TimeSpan.FromMinutes(1) });
        Assert.True(refused.Failed);
        Assert.Contains("ServiceCalls:MaxAttempts", refused.FailureMessage);
        Assert.Contains("ServiceCalls:MaxDelay", refused.FailureMessage);
    }

    [Fact]
    public void The_wait_doubles_from_the_first_delay_and_stops_at_the_cap()
    {
        var options = new ServiceCallRetryOptions();
        Assert.Equal([10, 20, 40, 80, 160, 320, 600, 600], Enumerable.Range(1, 8).Select(n => options.DelayAfter(n).TotalSeconds));
    }
}
