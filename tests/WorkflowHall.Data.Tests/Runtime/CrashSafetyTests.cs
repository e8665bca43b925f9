using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using WorkflowHall.Data.Runtime;
using WorkflowHall.Engine.Execution;
using WorkflowHall.Engine.Execution.Commands;
using WorkflowHall.Engine.Hosting;

namespace WorkflowHall.Data.Tests.Runtime;

using WorkflowHall.Data.Tests.Infrastructure;

public class CrashSafetyTests
{
    /// <summary>Fails the first write to the trail table while armed: the database dies half-way through a step's transaction.</summary>
    private sealed class FailingTrailWrite : DbCommandInterceptor
    {
        public bool Armed { get; set; }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Fail(command);
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            Fail(command);
            return base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
        }

        private void Fail(DbCommand command)
        {
            if (Armed && command.CommandText.Replace("\"", "").Contains("INSERT INTO trail_events", StringComparison.Ordinal))
            {
                throw new InvalidOperationException("simulated database failure");
            }
        }
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_database_failure_mid_step_leaves_the_previous_state_whole(string provider)
    {
        var failing = new FailingTrailWrite();
        await using var hall = await TestHall.CreateAsync(provider, interceptors: [failing]);
        await hall.PublishStandardAsync();
        var started = await hall.Runtime.StartAsync(new StartRequest("standard-approval", "applicant") { InstanceId = "case-1", HandlingUnit = "u" });
        var item = started.State!.WorkItems.Single();
        var before = await Snapshot(hall);

        failing.Armed = true;
        await Assert.ThrowsAnyAsync<Exception>(() => hall.Runtime.ExecuteAsync("case-1", new CompleteWorkItem("clerk", item.Id) { Outcome = "accept" }));

        Assert.Equal(before, await Snapshot(hall));

        failing.Armed = false;
        var retried = await hall.Runtime.ExecuteAsync("case-1", new CompleteWorkItem("clerk", item.Id) { Outcome = "accept" });
        Assert.True(retried.IsAccepted, retried.Rejection?.ToString());
        Assert.Equal(["review"], retried.State!.WorkItems.Select(w => w.NodeId));
    }

    private static async Task<string> Snapshot(TestHall hall)
    {
        await using var db = await hall.Contexts.CreateDbContextAsync();
        var instance = await db.Instances.AsNoTracking().SingleAsync();
        var items = string.Join(",", await db.WorkItems.AsNoTracking().OrderBy(w => w.Id).Select(w => w.Id + ":" + w.NodeId).ToListAsync());
        var trail = await db.TrailEvents.CountAsync();
        return $"{instance.Revision}|{instance.TrailHead}|{instance.StateJson.Length}|{items}|{trail}";
    }

    private sealed class FlakyLookup : IServiceTaskHandler
    {
        public bool Broken { get; set; } = true;
        public int Calls { get; private set; }
        public string Name => "certificate-lookup";

        public ValueTask<IReadOnlyDictionary<string, object?>> ExecuteAsync(ServiceTaskContext context, CancellationToken cancellationToken)
        {
            Calls++;
            if (Broken) throw new HttpRequestException("证照库暂时不可用");
            return ValueTask.FromResult<IReadOnlyDictionary<string, object?>>(new Dictionary<string, object?> { ["certificates"] = 2m });
        }
    }

    private static readonly string WithService = TestHall.Bpmn("lookup", """
        <bpmn:startEvent id="s"/><bpmn:sequenceFlow id="f0" sourceRef="s" targetRef="lookup"/>
        <bpmn:serviceTask id="lookup" hall:handler="certificate-lookup"/>
        <bpmn:sequenceFlow id="f1" sourceRef="lookup" targetRef="check"/>
        <bpmn:userTask id="check" hall:post="p"/><bpmn:sequenceFlow id="f2" sourceRef="check" targetRef="e"/><bpmn:endEvent id="e"/>
        """);

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_failing_service_handler_leaves_the_case_waiting_and_a_retry_carries_it_on(string provider)
    {
        var handler = new FlakyLookup();
        await using var hall = await TestHall.CreateAsync(provider, handlers: [handler]);
        await hall.PublishAsync(WithService);

        var started = await hall.Runtime.StartAsync(new StartRequest("lookup", "applicant") { InstanceId = "case-1" });

        Assert.True(started.IsAccepted);
        Assert.Empty(started.State!.WorkItems);
        Assert.Single(started.State.ServiceCalls);
        await using (var db = await hall.Contexts.CreateDbContextAsync())
        {
            var call = await db.ServiceCalls.SingleAsync();
            Assert.Equal(1, call.Attempts);
            Assert.Contains("证照库", call.LastError);
        }

        handler.Broken = false;
        hall.Clock.Advance(TimeSpan.FromMinutes(1)); // past the first retry's wait
        Assert.Equal((1, 1), await hall.Runtime.RetryServiceCallsAsync());

        var state = InstanceStateJson.Deserialize((await hall.Runtime.FindAsync("case-1"))!.StateJson);
        Assert.Equal(["check"], state.WorkItems.Select(w => w.NodeId));
        Assert.Equal(2m, state.Variables["certificates"]);
        await using (var db = await hall.Contexts.CreateDbContextAsync()) Assert.Equal(0, await db.ServiceCalls.CountAsync());
        Assert.Equal((0, 0), await hall.Runtime.RetryServiceCallsAsync());
    }

    private static readonly string Reminder = TestHall.Bpmn("remind", """
        <bpmn:startEvent id="s"/><bpmn:sequenceFlow id="f0" sourceRef="s" targetRef="review"/>
        <bpmn:userTask id="review" hall:post="p"/>
        <bpmn:boundaryEvent id="late" attachedToRef="review">
          <bpmn:timerEventDefinition><bpmn:timeDuration>PT48H</bpmn:timeDuration></bpmn:timerEventDefinition>
        </bpmn:boundaryEvent>
        <bpmn:sequenceFlow id="f1" sourceRef="review" targetRef="e"/><bpmn:endEvent id="e"/>
        <bpmn:sequenceFlow id="f2" sourceRef="late" targetRef="escalate"/>
        <bpmn:userTask id="escalate" hall:post="supervision"/><bpmn:sequenceFlow id="f3" sourceRef="escalate" targetRef="e2"/><bpmn:endEvent id="e2"/>
        """);

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Stored_timers_fire_once_when_due_even_when_two_nodes_sweep(string provider)
    {
        await using var hall = await TestHall.CreateAsync(provider);
        await hall.PublishAsync(Reminder);
        await hall.Runtime.StartAsync(new StartRequest("remind", "applicant") { InstanceId = "case-1" });

        Assert.Equal(0, await hall.Runtime.FireDueTimersAsync());
        hall.Clock.Advance(TimeSpan.FromHours(48));
        var other = hall.SecondNode();
        other.Clock.Advance(TimeSpan.FromHours(48));
        var fired = await Task.WhenAll(Task.Run(() => hall.Runtime.FireDueTimersAsync()), Task.Run(() => other.Runtime.FireDueTimersAsync()));

        Assert.Equal(1, fired.Sum());
        var state = InstanceStateJson.Deserialize((await hall.Runtime.FindAsync("case-1"))!.StateJson);
        Assert.Equal(["escalate"], state.WorkItems.Select(w => w.NodeId));
        await using var db = await hall.Contexts.CreateDbContextAsync();
        Assert.Equal(0, await db.Timers.CountAsync());
    }
}
